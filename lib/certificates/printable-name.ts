import fontkit from '@pdf-lib/fontkit';
import { loadPdfFonts } from './pdf-fonts';

/**
 * Whether a name can be printed on a certificate. A certificate is signed and cannot be changed,
 * so a name its fonts cannot draw (it would print as empty boxes) is refused when it is entered.
 * The fonts (Source Sans 3) cover the Latin, Greek and Cyrillic scripts, Vietnamese included, with
 * combining marks placed by the font's own positioning; CJK, Arabic, Hebrew, Indic scripts and
 * emoji are not covered. Node-only: reads the font files.
 */

let printable: ReadonlySet<number> | undefined;

/** Code points every certificate font maps to a glyph. */
function printableCodePoints(): ReadonlySet<number> {
  if (!printable) {
    const files = loadPdfFonts();
    const sets = [files.regular, files.semiBold, files.bold].map((bytes) => new Set((fontkit.create(bytes) as unknown as { characterSet: number[] }).characterSet));
    printable = new Set([...sets[0]!].filter((codePoint) => sets.every((set) => set.has(codePoint))));
  }
  return printable;
}

// Letters and marks of the scripts the fonts are made for, digits, punctuation and spaces; not
// symbols (❤ or ☺ would print, but are not part of a name on the register).
const NAME_CHARACTER = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{Nd}\p{P}\p{Zs}]$/u;

/** The characters of a name (NFC) a certificate cannot print, each once, in order; empty when it prints. */
export function unprintableCharacters(name: string): string[] {
  const codePoints = printableCodePoints();
  const found: string[] = [];
  for (const character of name.normalize('NFC')) {
    const ok = NAME_CHARACTER.test(character) && codePoints.has(character.codePointAt(0)!);
    if (!ok && !found.includes(character)) found.push(character);
  }
  return found;
}
