/**
 * The first option of a select that decides something (the module to assign, a new draft's module,
 * an invitee's role, a team session's scenario, the practice to add to a group): empty and chosen
 * at first, so an untouched form decides nothing. The control is `required`, so the browser asks
 * for a choice first, and the server refuses the empty value naming the field (`chosen` in
 * lib/forms/id-schema.ts). `children`: "Choose a module" and the like.
 */
export function ChooseOption({ children }: { children: string }) {
  return <option value="">{children}</option>;
}
