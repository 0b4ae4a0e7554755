import nlp from 'compromise/two';
import { countWords } from '@/lib/text/count-words';
import { normaliseReply, originalRange, type NormalisedReply } from '@/lib/text/normalise-reply';
import { LEXICON } from './compose-lexicon';
import { CHECK_REASONS } from './compose-text';
import type { CheckResult, ComposeCheckName, ComposeDefinition } from './definition';
import { countOf } from '@/lib/text/plural';

export { CHECK_FIXES, CHECK_REASONS, CHECK_TITLES, DEFAULT_MAX_WORDS, DEFAULT_MIN_WORDS } from './compose-text';

/**
 * The built-in checks on a learner's free-text reply, judged as an adviser at a dental defence
 * organisation would. Deterministic and explainable: every failure names the words that caused it
 * (offsets into the text as typed) and the rule's group in `compose-lexicon.ts`.
 *
 * The reply is normalised first (`normaliseReply`), then read two ways:
 * - `compromise` (an English NLP library, MIT, shipped in the npm package with its lexicon, no
 *   download at run time) splits it into sentences and words, and its lexicon of first names and
 *   surnames finds people's names;
 * - the phrase groups in `LEXICON`, matched whole-word and case-insensitively, find what an adviser
 *   looks for; the sentence each match sits in decides whether it counts (a weekday in "call us
 *   Monday to Friday" is opening hours, not an identifier; "we can't recommend painkillers" declines,
 *   a negation read from the sentence's own words).
 *
 * Runs on the server (and in the CLI and tests): the library is too large for the player's
 * 25 kB client budget, so the browser shows the server's verdict.
 */

export type ComposeCheckSettings = Pick<ComposeDefinition, 'checks' | 'forbid' | 'minWords' | 'maxWords'> & {
  /** Terms the author allows although a rule would flag them (e.g. the practice's own name). */
  allow?: readonly string[];
};

type Range = [number, number];

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

/** One whole-word, case-insensitive pattern for a group of regex sources, longest first. */
function group(sources: readonly string[]): RegExp {
  const alternatives = [...sources].sort((a, b) => b.length - a.length);
  return new RegExp(`${BOUNDARY_BEFORE}(?:${alternatives.join('|')})${BOUNDARY_AFTER}`, 'gu');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A letter the author wrote with an accent also matches without it ("Seán" finds "Sean"): learners
 * often leave accents off names. The reply is NFC, so an accented letter is one character in both.
 */
function accentOptional(escaped: string): string {
  return Array.from(escaped, (char) => {
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
    return base !== char && base.length === 1 ? `(?:${char}|${base})` : char;
  }).join('');
}

/** Author terms (forbid, allow) as a pattern on the normalised text, or null when there are none. */
function termsPattern(terms: readonly string[]): RegExp | null {
  const sources = terms
    .map((term) => normaliseReply(term).lower.trim())
    .filter((term) => term !== '')
    .map((term) => {
      const escaped = accentOptional(escapeRegExp(term)).replace(/ /g, ' ?');
      // A term that starts or ends with a symbol ("£650") has no word boundary on that side.
      return `${/^[\p{L}\p{N}]/u.test(term) ? BOUNDARY_BEFORE : ''}${escaped}${/[\p{L}\p{N}]$/u.test(term) ? BOUNDARY_AFTER : ''}`;
    });
  if (sources.length === 0) return null;
  return new RegExp(sources.sort((a, b) => b.length - a.length).join('|'), 'gu');
}

const P = Object.fromEntries(Object.entries(LEXICON).map(([name, sources]) => [name, group(sources)])) as Record<keyof typeof LEXICON, RegExp>;
const ACRONYMS = new Set<string>(LEXICON.acronyms);
const CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/gu;
const HOSTILE_EMOJI = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F644}\u{1F595}\u{1F612}]/gu;
const PHONE = /(?<![\p{N}])(?:\+44 ?\(?0?\)? ?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\p{N}])/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

function find(pattern: RegExp | null, text: string): Range[] {
  if (!pattern) return [];
  return Array.from(text.matchAll(pattern), (match) => [match.index, match.index + match[0].length] as Range);
}

/** The reply read once: normalised text, sentences, names and the allowed terms, shared by every check. */
interface Reading {
  reply: NormalisedReply;
  /** Sentence spans on the normalised text, in order, covering it without gaps. */
  sentences: Range[];
  /** People's names (with their honorific), see `read`. */
  people: Range[];
  allowed: Range[];
}

/** compromise's tokenised document: sentences of terms whose `pre + text + post` rebuild the input exactly. */
type Document = Array<Array<{ text: string; normal: string; pre: string; post: string }>>;

/** compromise's English lexicon (word → tag), which lists thousands of first names and surnames. */
const LEXICON_TAGS = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName']);
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|mx|prof)\.?$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Reads the reply once: compromise splits it into sentences and words (its tokenizer, without the
 * part-of-speech tagger, which costs most of the time), and a word is part of a person's name when
 * it is capitalised and compromise's lexicon knows it as a first name or surname, or it follows an
 * honorific ("Dr Hewitt", "Mrs O'Brien") or another name word ("Tom Hewitt").
 */
function read(text: string, allow: readonly string[]): Reading {
  const reply = normaliseReply(text);
  const document = nlp.tokenize(reply.text).document as Document;
  const starts: number[] = [];
  const people: Range[] = [];
  let offset = 0;
  for (const sentence of document) {
    starts.push(offset);
    // The name being read: its range, and whether it has a name word yet (an honorific alone is none).
    let run: { range: Range; named: boolean } | undefined;
    const close = () => {
      if (run?.named) people.push(run.range);
      run = undefined;
    };
    for (const term of sentence) {
      const start = offset + term.pre.length;
      const end = start + term.text.length;
      offset = end + term.post.length;
      const capitalised = CAPITALISED.test(term.text);
      const honorific = capitalised && HONORIFIC.test(term.normal);
      const isName = !honorific && capitalised && (run !== undefined || NAME_TAGS.has(LEXICON_TAGS[term.normal] ?? ''));
      if (honorific || isName) {
        if (run) run.range[1] = end;
        else run = { range: [start, end], named: false };
        run.named ||= isName;
      } else {
        close();
      }
      // Punctuation after a word ends the name ("Gareth, we…"), except the dot of "Dr.".
      const punctuation = term.post.trim();
      if (punctuation !== '' && !(honorific && punctuation === '.')) close();
    }
    close();
  }
  starts[0] = 0;
  const sentences = starts.map((start, index) => [start, starts[index + 1] ?? reply.text.length] as Range);
  if (sentences.length === 0) sentences.push([0, reply.text.length]);
  return { reply, sentences, people, allowed: find(termsPattern(allow), reply.lower) };
}

function sentenceOf(reading: Reading, [start]: Range): string {
  const span = reading.sentences.find(([from, to]) => start >= from && start < to) ?? [0, reading.reply.lower.length];
  return reading.reply.lower.slice(span[0], span[1]);
}

function mentions(pattern: RegExp, text: string): boolean {
  return find(pattern, text).length > 0;
}

/** Matches, minus those an author's `allow` covers, deduplicated and in reading order. */
function keep(reading: Reading, ranges: Range[]): Range[] {
  const kept = ranges.filter(([start, end]) => !reading.allowed.some(([from, to]) => start >= from && end <= to));
  kept.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of kept) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

function result(check: ComposeCheckName, reading: Reading, ranges: Range[], passed = ranges.length === 0, reason = CHECK_REASONS[check]): CheckResult {
  const originals = passed ? [] : ranges.map(([start, end]) => originalRange(reading.reply, start, end));
  return {
    check,
    passed,
    matches: originals.map(([start, end]) => reading.reply.original.slice(start, end)),
    ranges: originals,
    reason,
  };
}

/** Days, dates and times, unless their sentence only invites contact (opening hours, "call after 8.30am"). */
function datesAboutCare(reading: Reading): Range[] {
  const { lower } = reading.reply;
  const found = [...find(P.days, lower), ...find(P.months, lower), ...find(P.datesAndTimes, lower)];
  return found.filter((range) => {
    const sentence = sentenceOf(reading, range);
    return !(mentions(P.contactSentence, sentence) && !mentions(P.careSentence, sentence));
  });
}

function runCheck(check: ComposeCheckName, reading: Reading, settings: ComposeCheckSettings, forbidden: Range[]): CheckResult {
  const { lower, text } = reading.reply;
  switch (check) {
    case 'no-identifiers':
      return result(
        check,
        reading,
        keep(reading, [...forbidden, ...find(P.clinicalTerms, lower), ...datesAboutCare(reading), ...find(P.money, lower), ...reading.people]),
      );
    case 'no-confirm-patient':
      return result(
        check,
        reading,
        keep(reading, [...forbidden, ...find(P.records, lower), ...find(P.adviceGiven, lower), ...find(P.careProvided, lower), ...find(P.clinicianDefence, lower), ...find(P.offersMade, lower)]),
      );
    case 'neutral-tone': {
      const shouting = find(CAPITALS, text).filter(([start, end]) => !ACRONYMS.has(lower.slice(start, end)));
      const exclamations = find(/!/g, text);
      // Emoji are spaces in the normalised text, so angry ones are found in the text as typed.
      const angry = Array.from(reading.reply.original.matchAll(HOSTILE_EMOJI), (match) => [match.index, match.index + match[0].length] as Range);
      const ranges = keep(reading, [
        ...forbidden,
        ...find(P.hostile, lower),
        ...find(P.legal, lower),
        ...find(P.defensive, lower),
        ...shouting,
        ...(exclamations.length > 1 ? exclamations : []),
      ]);
      const judged = result(check, reading, ranges, ranges.length === 0 && angry.length === 0);
      if (angry.length === 0) return judged;
      const original = reading.reply.original;
      return { ...judged, matches: [...judged.matches, ...angry.map(([start, end]) => original.slice(start, end))], ranges: [...(judged.ranges ?? []), ...angry] };
    }
    case 'invite-contact': {
      const invited = [...find(P.inviteContact, lower), ...find(PHONE, text), ...find(EMAIL, lower)].length > 0;
      return result(check, reading, forbidden, invited && forbidden.length === 0);
    }
    case 'short': {
      const words = countWords(reading.reply.original);
      const passed = words >= settings.minWords && words <= settings.maxWords;
      return result(
        check,
        reading,
        forbidden,
        passed && forbidden.length === 0,
        `${CHECK_REASONS.short} Your reply has ${countOf(words, 'word')}; aim for ${settings.minWords} to ${settings.maxWords}.`,
      );
    }
    case 'no-clinical-advice': {
      const excusable = [...find(P.medicineClasses, lower), ...find(P.conditions, lower)].filter((range) => {
        const sentence = sentenceOf(reading, range);
        return !mentions(P.declining, sentence) && !/pharmac|chemist/u.test(sentence);
      });
      const advice = keep(reading, [...forbidden, ...find(P.medicines, lower), ...find(P.remedies, lower), ...find(P.diagnosis, lower), ...excusable]);
      const signposted = find(P.signposts, lower).length > 0;
      const reason = advice.length === 0 && !signposted ? `${CHECK_REASONS[check]} Your reply does not yet point them to anyone who can help.` : CHECK_REASONS[check];
      return result(check, reading, advice, advice.length === 0 && signposted, reason);
    }
  }
}

/** Which listed check reports the author's `forbid` terms: `no-identifiers` when listed, else the first. */
function forbidCheck(checks: readonly ComposeCheckName[]): ComposeCheckName | undefined {
  return checks.includes('no-identifiers') ? 'no-identifiers' : checks[0];
}

/**
 * Runs the compose block's checks on `text`, in the order the author listed them. Each result
 * names the exact words typed that made it fail (`matches`, and their `ranges` in `text`).
 */
export function runComposeChecks(text: string, settings: ComposeCheckSettings): CheckResult[] {
  const reading = read(text, settings.allow ?? []);
  const forbidden = keep(reading, find(termsPattern(settings.forbid), reading.reply.lower));
  const reporter = forbidCheck(settings.checks);
  return settings.checks.map((check) => runCheck(check, reading, settings, check === reporter ? forbidden : []));
}

/** Whether a text passes every check of a compose block (the `pass` branch). */
export function composePasses(text: string, settings: ComposeCheckSettings): boolean {
  return runComposeChecks(text, settings).every((checked) => checked.passed);
}
