import type { ReactNode } from 'react';
import type { ChoiceDefinition } from '@/lib/scenario/definition';

export interface ChoiceListProps {
  choices: ChoiceDefinition[];
  /** Choice id → its label rendered ahead of time (see renderScenario); plain text otherwise. */
  labels: Record<string, ReactNode>;
  /** While a decision is being recorded every choice is disabled, so a double click cannot send two. */
  disabled: boolean;
  onChoose: (choice: ChoiceDefinition) => void;
}

/** The learner's decision: large numbered buttons, full width on phones. */
export function ChoiceList({ choices, labels, disabled, onChoose }: ChoiceListProps) {
  return (
    <ol className="space-y-3">
      {choices.map((choice, index) => (
        <li key={choice.id}>
          <button
            type="button"
            disabled={disabled}
            onClick={() => onChoose(choice)}
            className="flex min-h-12 w-full items-start gap-3 rounded-lg border-2 border-slate-700 bg-white px-4 py-3 text-left text-slate-900 transition-colors hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:cursor-not-allowed disabled:border-slate-400 disabled:text-slate-600 motion-reduce:transition-none dark:border-slate-300 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-800 dark:focus-visible:outline-sky-300 dark:disabled:text-slate-300"
          >
            <span aria-hidden="true" className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-slate-800 text-sm font-bold text-white dark:bg-slate-200 dark:text-slate-900">
              {index + 1}
            </span>
            <span className="min-w-0 break-words pt-0.5">
              {labels[choice.id] ?? choice.labelText}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
