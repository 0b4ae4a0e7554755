import { OUTCOMES, type Outcome } from '@/lib/scenario/definition';

/** The GDC's four development outcomes for Enhanced CPD, in the GDC's own words. */
export const DEVELOPMENT_OUTCOMES: Record<Outcome, string> = {
  A: 'Effective communication with patients, the dental team and others across dentistry, including when obtaining consent, dealing with complaints, and raising concerns when patients are at risk.',
  B: 'Effective management of self, and effective management of others or effective work with others in the dental team, in the interests of patients at all times; providing constructive leadership where appropriate.',
  C: 'Maintenance and development of knowledge and skill within your field of practice.',
  D: "Maintenance of skills, behaviours and attitudes which maintain patient confidence in you and the dental profession and put patients' interests first.",
};

export interface DescribedOutcome {
  letter: Outcome;
  text: string;
}

/** Letters in A–D order, each once, with the GDC wording. */
export function describeOutcomes(letters: readonly Outcome[]): DescribedOutcome[] {
  return OUTCOMES.filter((letter) => letters.includes(letter)).map((letter) => ({ letter, text: DEVELOPMENT_OUTCOMES[letter] }));
}

/**
 * Reads outcome letters as stored on `ExternalCpdActivity.outcomes` ("AC", "a, c") into A–D order.
 * Returns null when anything but the four letters, commas or spaces appears.
 */
export function parseOutcomeLetters(text: string): Outcome[] | null {
  const letters = text.toUpperCase().replace(/[\s,]/g, '');
  if (!/^[ABCD]*$/.test(letters)) return null;
  return OUTCOMES.filter((letter) => letters.includes(letter));
}

/** The storage form of a set of outcomes, e.g. "AC". */
export function formatOutcomeLetters(letters: readonly Outcome[]): string {
  return OUTCOMES.filter((letter) => letters.includes(letter)).join('');
}
