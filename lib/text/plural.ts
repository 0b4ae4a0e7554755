/** English plural categories, as the UK reads them ("1 scene", "0 scenes", "1.5 hours"). */
const rules = new Intl.PluralRules('en-GB');

/**
 * The noun's form for a count: `one` when English uses the singular (exactly 1), `other`
 * otherwise (0, 2, 1.5). `other` defaults to `one` + "s"; pass it for irregular nouns
 * ("person"/"people") and for nouns with no plural form ("staff"/"staff").
 */
export function pluralNoun(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/**
 * A count with its noun, the count grouped as in the UK ("1 scene", "2 scenes", "1,200 staff"):
 * one helper so no screen builds "1 scenes" with a template string.
 */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${pluralNoun(count, one, other)}`;
}
