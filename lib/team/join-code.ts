import { randomInt } from 'node:crypto';
import { quoteUserText } from '@/lib/text/quote-user-text';

/**
 * Letters and digits nobody confuses when read off a surgery screen or typed on a phone: no 0/O,
 * 1/I/L, 5/S, 2/Z, 8/B or U/V. 23 characters, so six of them give about 1.5 × 10⁸ codes.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
export const JOIN_CODE_LENGTH = 6;

/** A fresh join code: JOIN_CODE_LENGTH characters drawn uniformly (crypto) from JOIN_CODE_ALPHABET. */
export function newJoinCode(draw: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[draw(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The letters of JOIN_CODE_ALPHABET and its digits, as told to someone who typed a character outside it. */
const ALPHABET_IN_WORDS = `the letters ${JOIN_CODE_ALPHABET.replace(/[0-9]/g, '')} and the digits ${JOIN_CODE_ALPHABET.replace(/[^0-9]/g, '')}`;

/** A typed join code, made comparable, or the reason it cannot be one, in words for the person who typed it. */
export type JoinCodeReading = { ok: true; code: string } | { ok: false; message: string };

/** Longest stretch of what someone typed that an error message quotes back, in characters (with the "…"). */
export const JOIN_CODE_QUOTE_MAX = 20;

/** What the person typed, as typed, on one line and cut to JOIN_CODE_QUOTE_MAX characters, to quote back to them. */
function quoteTyped(typed: string): string {
  return quoteUserText(typed, JOIN_CODE_QUOTE_MAX);
}

/**
 * Reads a code as typed on a phone: spaces and hyphens dropped, upper case (codes are shown in
 * capitals, in two groups). When what is left cannot be a join code, the message quotes what was
 * typed, as typed (a lower-case "o" is quoted as "o", not as the "O" it was compared as), and
 * names the actual problem: how many characters it has, or which characters the codes never use,
 * with the alphabet they do use (JOIN_CODE_ALPHABET leaves out look-alikes such as O and 0, so
 * "o0o0o0" is told exactly that rather than "six letters and digits").
 */
export function readJoinCode(typed: string): JoinCodeReading {
  const compact = typed.replace(/[\s-]/g, '');
  const code = compact.toUpperCase();
  if (code === '') return { ok: false, message: 'Enter the join code shown on the presenter’s screen.' };
  const outside = [...new Set(compact)].filter((character) => !JOIN_CODE_ALPHABET.includes(character.toUpperCase()));
  if (outside.length > 0) {
    const named = outside.map((character) => `“${character}”`).join(', ');
    return {
      ok: false,
      message: `${quoteTyped(typed)} is not a join code: join codes never use ${named}; they use only ${ALPHABET_IN_WORDS}. Check the code on the presenter’s screen.`,
    };
  }
  if (code.length !== JOIN_CODE_LENGTH) {
    return {
      ok: false,
      message: `A join code has ${JOIN_CODE_LENGTH} characters; ${quoteTyped(typed)} has ${code.length}. Check the code on the presenter’s screen.`,
    };
  }
  return { ok: true, code };
}

/** The typed code made comparable (readJoinCode), or null when it cannot be a join code. */
export function normaliseJoinCode(typed: string): string | null {
  const reading = readJoinCode(typed);
  return reading.ok ? reading.code : null;
}

/** The code as shown on screen, in two groups of three for reading aloud ("ACD 347"). */
export function displayJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
