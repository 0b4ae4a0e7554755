import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Raw TrueType files embedded (subset) into every PDF we produce. */
export interface PdfFontFiles {
  regular: Uint8Array;
  semiBold: Uint8Array;
  bold: Uint8Array;
}

let cached: PdfFontFiles | undefined;

/**
 * Source Sans 3, read from Adobe's `source-sans` package: full Latin, Greek and Cyrillic, so names
 * such as Łukasz or Zoë print correctly, and nothing is ever fetched. Adobe's TTFs, unlike the
 * Google Fonts builds, survive @pdf-lib/fontkit subsetting. Read once per process.
 */
export function loadPdfFonts(): PdfFontFiles {
  if (!cached) {
    // Resolved from the project root rather than import.meta.url, which bundlers rewrite.
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const packageDir = path.dirname(require.resolve('source-sans/package.json'));
    const read = (file: string) => new Uint8Array(readFileSync(path.join(packageDir, 'TTF', file)));
    cached = {
      regular: read('SourceSans3-Regular.ttf'),
      semiBold: read('SourceSans3-Semibold.ttf'),
      bold: read('SourceSans3-Bold.ttf'),
    };
  }
  return cached;
}
