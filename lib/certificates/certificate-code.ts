import { randomBytes } from 'node:crypto';

/**
 * Certificate codes: "PW-" and 12 characters of Crockford base32 (60 random bits), grouped in
 * fours, e.g. PW-7K3M-Q9XD-2HVA. Crockford's alphabet leaves out I, L, O and U so a code read
 * aloud or typed from paper is hard to get wrong; 60 bits make codes unguessable.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 12;
const PREFIX = 'PW';

/** A new random certificate code. */
export function generateCertificateCode(): string {
  // 256 is a multiple of 32, so the low five bits of a random byte are uniform.
  const body = Array.from(randomBytes(BODY_LENGTH), (byte) => ALPHABET[byte & 31]).join('');
  return format(body);
}

/**
 * The canonical form of a code typed by a person, or null if it cannot be one: case and spacing
 * are ignored, dashes are optional, the "PW" prefix is optional, and I/L read as 1 and O as 0.
 */
export function normaliseCertificateCode(input: string): string | null {
  let compact = input.toUpperCase().replace(/[\s\-–]/g, '');
  if (compact.length === PREFIX.length + BODY_LENGTH && compact.startsWith(PREFIX)) compact = compact.slice(PREFIX.length);
  if (compact.length !== BODY_LENGTH) return null;
  const body = compact.replace(/[IL]/g, '1').replace(/O/g, '0');
  if (![...body].every((character) => ALPHABET.includes(character))) return null;
  return format(body);
}

function format(body: string): string {
  return `${PREFIX}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8, 12)}`;
}
