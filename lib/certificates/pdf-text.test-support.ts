import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every page's text, joined with single spaces, as a reader's "copy all" would give it; also page by page. */
export async function extractPdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; pageTexts: string[] }> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  const pageTexts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const parts: string[] = [];
    for (const item of content.items) if ('str' in item) parts.push(item.str);
    pageTexts.push(parts.join(' ').replace(/\s+/g, ' '));
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text: pageTexts.join(' ').replace(/\s+/g, ' '), pages, pageTexts };
}

/** One glyph as drawn: the text it stands for, its code in the font (0 is .notdef, a missing glyph), and the TJ spacing before it. */
export interface DrawnGlyph {
  unicode: string;
  code: number;
  /** TJ adjustment just before the glyph, in thousandths of an em (positive moves left); 0 if none. */
  adjustmentBefore: number;
}

/** Every glyph drawn on a page, in drawing order, from the PDF's own operators. */
export async function drawnGlyphs(bytes: Uint8Array, pageNumber = 1): Promise<DrawnGlyph[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  const page = await pdf.getPage(pageNumber);
  const operators = await page.getOperatorList();
  const glyphs: DrawnGlyph[] = [];
  operators.fnArray.forEach((fn, index) => {
    if (fn !== OPS.showText) return;
    let adjustment = 0;
    for (const item of operators.argsArray[index][0] as Array<number | { unicode: string; originalCharCode: number }>) {
      if (typeof item === 'number') {
        adjustment += item;
        continue;
      }
      glyphs.push({ unicode: item.unicode, code: item.originalCharCode, adjustmentBefore: adjustment });
      adjustment = 0;
    }
  });
  await pdf.destroy();
  return glyphs;
}
