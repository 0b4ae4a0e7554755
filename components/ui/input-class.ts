/** The look of a text box, select or date input in both colour schemes, without its width. */
export const inputBoxClass =
  'min-h-11 rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/** A text box, select or date input that fills the width of its form. */
export const inputClass = `block w-full ${inputBoxClass}`;
