/**
 * The words a form's message box says about refused fields. Pure, so the wording is tested once
 * and the box (`components/ui/form-message.tsx`) only finds out which fields are on screen.
 */

/** A piece of the box's words: plain text, or words about a refused field (`words`), which the box links to the field. */
export type BoxPart = string | { name: string; words: string };

/** A refused field the box names: its `name`, its visible `label`, and whether it is a single tick box. */
export interface NamedField {
  name: string;
  label: string;
  /** A lone checkbox (a `ConfirmCheckbox`): named by what to do, not by its label. */
  tick?: boolean;
}

/** `a`, `a and b`, `a, b and c`, as parts (the separators are text). */
function listedParts(items: BoxPart[]): BoxPart[] {
  return items.flatMap((item, index) => {
    if (index === 0) return [item];
    return [index === items.length - 1 ? ' and ' : ', ', item];
  });
}

/** The parts' words, as the box shows them. */
export function boxPartsText(parts: BoxPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.words)).join('');
}

/** A field's name in a list of fields: its label quoted (“Email address”), or "the box to confirm" for a tick. */
function fieldPart(field: NamedField): BoxPart {
  return { name: field.name, words: field.tick ? 'the box to confirm' : `“${field.label}”` };
}

/**
 * Names the refused fields a form shows with their own message under them, instead of repeating
 * those messages: "Check “Email address”: what to change is under it." for one, "2 fields need
 * attention: “Title” and “Hours”." for more. A tick is asked for in a few words, "Tick the box to
 * confirm." (or "the box to confirm" in a list): its label is a whole sentence saying what happens
 * ("Yes, remove …: they lose access …"), which the summary repeated in full (a trial user).
 * `fields`: in page order, at least one.
 */
export function namedFieldsParts(fields: NamedField[]): BoxPart[] {
  if (fields.length === 1) {
    const field = fields[0]!;
    if (field.tick) return [{ name: field.name, words: 'Tick the box to confirm' }, '.'];
    return ['Check ', fieldPart(field), ': what to change is under it.'];
  }
  return [`${fields.length} fields need attention: `, ...listedParts(fields.map(fieldPart)), '.'];
}

/** `namedFieldsParts` as plain words, for labels alone (no ticks). */
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
  /** Whether that control is a lone checkbox (see `NamedField.tick`). */
  tick?: boolean;
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
  const shown = withMessages.flatMap((field): NamedField[] => (field.shownAs === undefined ? [] : [{ name: field.name, label: field.shownAs, tick: field.tick }]));
  const unshown = [...new Set(withMessages.filter((field) => field.shownAs === undefined).flatMap((field) => field.messages))].join(' ');
  if (shown.length === 0) return [unshown];
  return [...(unshown ? [`${unshown} `] : []), ...namedFieldsParts(shown)];
}

/** `refusalBoxParts` as plain words. */
export function refusalBoxText(message: string, fields: RefusedField[]): string {
  return boxPartsText(refusalBoxParts(message, fields));
}
