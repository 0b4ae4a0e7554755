/**
 * The words a form's message box says about refused fields. Pure, so the wording is tested once
 * and the box (`components/ui/form-message.tsx`) only finds out which fields are on screen.
 */

/** A piece of the box's words: plain text, or a refused field's quoted label, which the box links to the field. */
export type BoxPart = string | { name: string; label: string };

/** `a`, `a and b`, `a, b and c`, as parts (the separators are text). */
function listedParts(items: BoxPart[]): BoxPart[] {
  return items.flatMap((item, index) => {
    if (index === 0) return [item];
    return [index === items.length - 1 ? ' and ' : ', ', item];
  });
}

/** The parts' words, each label quoted the way the box shows it: “Email address”. */
export function boxPartsText(parts: BoxPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : `“${part.label}”`)).join('');
}

/**
 * Names the refused fields a form shows with their own message under them, instead of repeating
 * those messages: "Check “Email address”: what to change is under it." for one, "2 fields need
 * attention: “Title” and “Hours”." for more. `fields`: the fields' names and visible labels, in
 * page order, at least one.
 */
export function namedFieldsParts(fields: Array<{ name: string; label: string }>): BoxPart[] {
  if (fields.length === 1) return ['Check ', fields[0]!, ': what to change is under it.'];
  return [`${fields.length} fields need attention: `, ...listedParts(fields), '.'];
}

/** `namedFieldsParts` as plain words, for labels alone. */
export function namedFieldsSummary(labels: string[]): string {
  return boxPartsText(namedFieldsParts(labels.map((label) => ({ name: label, label }))));
}

/**
 * The summary a refusal carries for callers that show it without knowing which fields are on
 * screen (no JavaScript yet): the one field's message, or a count that sends the reader to the
 * fields. `messagesByField`: zod's (or an AppError's) messages by field name, with at least one.
 */
export function defaultFieldsSummary(messagesByField: Record<string, string[]>): string {
  const fields = Object.values(messagesByField).filter((messages) => messages.length > 0);
  if (fields.length === 1) return fields[0]!.join(' ');
  return `${fields.length} fields need attention: each says what to change under it.`;
}

/** A refused field as the box finds it: its name, its messages, and its label if it is on screen. */
export interface RefusedField {
  name: string;
  messages: string[];
  /** The visible label of the control shown invalid under this name; absent when none is. */
  shownAs?: string;
}

/**
 * What the box says after a refusal, as parts whose labels the box links to their fields. With no
 * field messages, the refusal's own `message`. When every refused field is on screen and shows its
 * message, the box only names them. A message for a field that is not on screen (or about the form
 * as a whole) is said in the box, so nothing is lost, followed by the names of any fields that do
 * show theirs.
 */
export function refusalBoxParts(message: string, fields: RefusedField[]): BoxPart[] {
  const withMessages = fields.filter((field) => field.messages.length > 0);
  if (withMessages.length === 0) return [message];
  const shown = withMessages.flatMap((field) => (field.shownAs === undefined ? [] : [{ name: field.name, label: field.shownAs }]));
  const unshown = [...new Set(withMessages.filter((field) => field.shownAs === undefined).flatMap((field) => field.messages))].join(' ');
  if (shown.length === 0) return [unshown];
  return [...(unshown ? [`${unshown} `] : []), ...namedFieldsParts(shown)];
}

/** `refusalBoxParts` as plain words. */
export function refusalBoxText(message: string, fields: RefusedField[]): string {
  return boxPartsText(refusalBoxParts(message, fields));
}
