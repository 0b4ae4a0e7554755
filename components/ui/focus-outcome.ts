/**
 * Moves focus to a form's outcome message, `message`, when focus has nowhere better to be: it
 * dropped to the page (`<body>`, as it does when the pressed button is disabled while the action
 * runs, or is replaced by the page the action redirected to), or it is still in `form`, the form
 * that answered. Focus the person has since moved elsewhere stays put. `preventScroll`: the page
 * keeps the place the action sent it to (a `#fragment`); the message is read out where focus is.
 * A trial user's focus went to the top of the page after every admin and CPD action, so a
 * keyboard or screen-reader user had to find the result and their place again.
 */
export function focusOutcome(message: HTMLElement, form?: Element | null): void {
  const active = message.ownerDocument.activeElement;
  const dropped = active === null || active === message.ownerDocument.body;
  if (dropped || (form && form.contains(active))) message.focus({ preventScroll: true });
}
