import type { CheckResult, ComposeCheckName, ComposeDefinition } from './definition';
import { countWords } from '@/lib/text/count-words';

/**
 * The built-in checks on a learner's free-text reply. Pure and browser-safe: the player runs them
 * as the learner types and the server runs them again on the submitted text, so both must agree.
 *
 * All matching is case-insensitive and on whole words (a term never matches inside a longer word).
 * Every word list the checks use lives in WORD_LISTS below, and nowhere else.
 */

export const WORD_LISTS = {
  /** `no-identifiers`: treatment and clinical terms that would reveal what care someone had. */
  clinicalTerms: [
    'extraction', 'extractions', 'extracted', 'filling', 'fillings', 'crown', 'crowns', 'implant', 'implants',
    'root canal', 'root canals', 'braces', 'brace', 'whitening', 'bleaching', 'x-ray', 'x-rays', 'xray', 'xrays',
    'veneer', 'veneers', 'denture', 'dentures', 'bridgework', 'check-up', 'checkup', 'scale and polish',
    'wisdom tooth', 'wisdom teeth', 'abscess', 'orthodontic', 'orthodontics', 'aligner', 'aligners',
    'invisalign', 'gum disease', 'periodontal', 'anaesthetic', 'anesthetic', 'sedation', 'hygienist appointment',
  ],
  /** `no-identifiers`: weekdays and relative days that would date a visit. */
  weekdays: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
    'yesterday', 'last week', 'last month',
  ],
  /** `no-identifiers`: month names; "May" and "March" are also ordinary words, so they count only beside a day number. */
  months: [
    'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sept', 'oct', 'nov', 'dec',
  ],
  /** `no-confirm-patient`: phrases that confirm someone is (or was) a patient. */
  confirmPatient: [
    'your treatment', 'your treatments', 'your appointment', 'your appointments', 'when you visited',
    'when you came in', 'when you were in', 'your visit', 'your last visit', 'your recent visit',
    'as your dentist', 'your records', 'your record', 'your notes', 'your file', 'we treated you',
    'we saw you', 'you were seen', 'you attended', 'your procedure', 'your course of treatment',
    'our patient', 'a patient of ours', 'your care with us', 'since you visited',
  ],
  /** `neutral-tone`: hostile, defensive or emotive words and phrases. */
  hostile: [
    'liar', 'liars', 'lie', 'lies', 'lying', 'ridiculous', 'rude', 'nonsense', 'disgusting', 'how dare',
    'pathetic', 'stupid', 'idiot', 'idiots', 'outrageous', 'absurd', 'shameful', 'disgraceful', 'appalling',
    'fake', 'troll', 'slander', 'libel', 'defamation', 'defamatory', 'sue', 'legal action', 'shame on you',
    'unbelievable', 'false accusations', 'attack', 'attacking',
  ],
  /** `invite-contact`: wording that invites the person to contact the practice directly. */
  inviteContact: [
    'contact', 'contacting', 'call', 'phone', 'telephone', 'ring', 'email', 'e-mail', 'get in touch',
    'speak to', 'speak with', 'talk to', 'talk with', 'message us', 'direct message', 'private message',
    'reach us', 'reach out', 'drop us a line', 'write to us',
  ],
  /** `no-clinical-advice`: individual clinical advice that must not be given in public. */
  clinicalAdvice: [
    'you should take', 'you should use', 'you should try', 'you need to take', 'ibuprofen', 'paracetamol',
    'aspirin', 'antibiotics', 'antibiotic', 'amoxicillin', 'painkillers', 'painkiller', 'rinse with',
    'salt water', 'clove oil', 'sounds like you have', 'you probably have', 'it could be an infection',
  ],
  /** `no-clinical-advice`: at least one of these must appear: a signpost to proper care. */
  signposts: ['own dentist', 'your dentist', 'a dentist', 'gp', 'doctor', 'nhs 111', '111'],
} as const;

/** Why each check matters, shown to the learner when it fails. */
export const CHECK_REASONS: Record<ComposeCheckName, string> = {
  'no-identifiers':
    'Details such as names, treatments, dates or times can identify a patient, and confirming them in public breaches confidentiality.',
  'no-confirm-patient':
    'Even saying someone is a patient discloses confidential information; reply in a way that neither confirms nor denies it.',
  'neutral-tone':
    'A hostile, defensive or emotional reply in public reflects on you and the profession and tends to escalate the complaint.',
  'invite-contact':
    'Concerns are best resolved privately: invite the person to contact the practice directly rather than discussing them in public.',
  short: 'A short, calm public reply is less likely to disclose anything or inflame things; the detail belongs in a private conversation.',
  'no-clinical-advice':
    'You cannot assess someone online, so give no individual clinical advice and signpost them to their own dentist, GP or NHS 111.',
};

/** Human-readable names of the checks, for lists and headings. */
export const CHECK_TITLES: Record<ComposeCheckName, string> = {
  'no-identifiers': 'No identifying details',
  'no-confirm-patient': 'Does not confirm a patient relationship',
  'neutral-tone': 'Neutral, professional tone',
  'invite-contact': 'Invites private contact',
  short: 'Short',
  'no-clinical-advice': 'No clinical advice, signposts to care',
};

export const DEFAULT_MIN_WORDS = 10;
export const DEFAULT_MAX_WORDS = 80;

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-insensitive pattern for a list of terms; spaces in a phrase match any whitespace. */
function termsPattern(terms: readonly string[]): RegExp | null {
  const cleaned = terms.map((term) => term.trim()).filter((term) => term !== '');
  if (cleaned.length === 0) return null;
  // Longest first so that "root canals" wins over "root canal".
  const alternatives = [...cleaned]
    .sort((a, b) => b.length - a.length)
    .map((term) => term.split(/\s+/).map(escapeRegExp).join('\\s+'));
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternatives.join('|')})(?!${LETTER_OR_DIGIT})`, 'giu');
}

const DATE_AND_TIME_PATTERNS: RegExp[] = [
  /(?<![\p{L}\p{N}])\d{4}-\d{1,2}-\d{1,2}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(?:\d{1,2}\s+(?:of\s+)?(?:may|march)|(?:may|march)\s+\d{1,2})(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])\d{1,2}:\d{2}(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(?:noon|midday|midnight|o'clock)(?![\p{L}\p{N}])/giu,
];

const PATTERNS = {
  clinicalTerms: termsPattern(WORD_LISTS.clinicalTerms)!,
  weekdays: termsPattern(WORD_LISTS.weekdays)!,
  months: termsPattern(WORD_LISTS.months)!,
  confirmPatient: termsPattern(WORD_LISTS.confirmPatient)!,
  hostile: termsPattern(WORD_LISTS.hostile)!,
  inviteContact: termsPattern(WORD_LISTS.inviteContact)!,
  clinicalAdvice: termsPattern(WORD_LISTS.clinicalAdvice)!,
  signposts: termsPattern(WORD_LISTS.signposts)!,
  capitals: /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu,
  exclamations: /!+/g,
};

function allMatches(pattern: RegExp | null, text: string): string[] {
  if (!pattern) return [];
  return Array.from(text.matchAll(pattern), (match) => match[0]);
}

/** Matches in source order, each distinct occurrence once. */
function collect(text: string, patterns: Array<RegExp | null>): string[] {
  const found: Array<{ index: number; value: string }> = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    if (!pattern) continue;
    for (const match of text.matchAll(pattern)) {
      const key = `${match.index}:${match[0].length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ index: match.index, value: match[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((entry) => entry.value);
}


export type ComposeCheckSettings = Pick<ComposeDefinition, 'checks' | 'forbid' | 'minWords' | 'maxWords'>;

function result(check: ComposeCheckName, matches: string[], passed = matches.length === 0, reason = CHECK_REASONS[check]): CheckResult {
  return { check, passed, matches: passed ? [] : matches, reason };
}

function runCheck(check: ComposeCheckName, text: string, settings: ComposeCheckSettings): CheckResult {
  switch (check) {
    case 'no-identifiers':
      return result(
        check,
        collect(text, [termsPattern(settings.forbid), PATTERNS.clinicalTerms, PATTERNS.weekdays, PATTERNS.months, ...DATE_AND_TIME_PATTERNS]),
      );
    case 'no-confirm-patient':
      return result(check, collect(text, [PATTERNS.confirmPatient]));
    case 'neutral-tone': {
      const exclamations = allMatches(PATTERNS.exclamations, text);
      const tooManyExclamations = exclamations.join('').length > 1;
      const matches = collect(text, [PATTERNS.hostile, PATTERNS.capitals]);
      return result(check, tooManyExclamations ? [...matches, ...exclamations] : matches);
    }
    case 'invite-contact': {
      const passed = allMatches(PATTERNS.inviteContact, text).length > 0;
      return result(check, [], passed);
    }
    case 'short': {
      const words = countWords(text);
      const passed = words >= settings.minWords && words <= settings.maxWords;
      return result(
        check,
        [],
        passed,
        `${CHECK_REASONS.short} Your reply has ${words} word${words === 1 ? '' : 's'}; aim for ${settings.minWords} to ${settings.maxWords}.`,
      );
    }
    case 'no-clinical-advice': {
      const advice = collect(text, [PATTERNS.clinicalAdvice]);
      const signposted = allMatches(PATTERNS.signposts, text).length > 0;
      return result(check, advice, advice.length === 0 && signposted);
    }
  }
}

/** Runs the compose block's checks, in the order the author listed them. */
export function runComposeChecks(text: string, settings: ComposeCheckSettings): CheckResult[] {
  return settings.checks.map((check) => runCheck(check, text, settings));
}

/** Whether a text passes every check of a compose block (the `pass` branch). */
export function composePasses(text: string, settings: ComposeCheckSettings): boolean {
  return settings.checks.every((check) => runCheck(check, text, settings).passed);
}
