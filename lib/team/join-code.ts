import { randomInt } from 'node:crypto';

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

/**
 * A code as typed on a phone, made comparable: spaces and hyphens dropped, upper case. Returns
 * null when what is left cannot be a join code (wrong length or a character outside the alphabet),
 * so the caller can say "codes are six letters and digits" instead of "no such session".
 */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((character) => JOIN_CODE_ALPHABET.includes(character)) ? code : null;
}

/** The code as shown on screen, in two groups of three for reading aloud ("ACD 347"). */
export function displayJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
