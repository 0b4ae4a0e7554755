import {
  type PDFFont,
  PDFHexString,
  type PDFName,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  type RGB,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  setTextRise,
} from 'pdf-lib';
import { perObjectCache } from '@/lib/cache/per-object-cache';

/** The parts of a fontkit font that layout needs (pdf-lib keeps the fontkit font in its embedder). */
interface FontkitFace {
  unitsPerEm: number;
  characterSet: number[];
  glyphForCodePoint(codePoint: number): unknown;
  layout(text: string, features?: Record<string, boolean>): {
    glyphs: Array<{ advanceWidth: number }>;
    positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }>;
  };
}

function faceOf(font: PDFFont): { face: FontkitFace; features: Record<string, boolean> | undefined } {
  const embedder = (font as unknown as { embedder: { font: FontkitFace; fontFeatures?: Record<string, boolean> } }).embedder;
  return { face: embedder.font, features: embedder.fontFeatures };
}

/**
 * Lets text extraction read letters the layout split apart. fontkit's `ccmp` feature decomposes
 * "ọ" into "o" plus a combining dot below so GPOS can stack a grave above it; the glyphs it creates
 * carry the wrong code points ("o" keeps "ọ", the dot gets none), and pdf-lib's ToUnicode map is
 * built from them, so copied text would lose or double the dot. fontkit caches one glyph object per
 * id, so creating every glyph from its own code point first (lowest code point first, so a space
 * stays a space) makes every later layout reuse glyphs that know their character. Call once per
 * embedded font, before any text is measured or drawn.
 */
export function prepareGlyphCodePoints(font: PDFFont): void {
  const { face } = faceOf(font);
  for (const codePoint of [...face.characterSet].sort((a, b) => a - b)) face.glyphForCodePoint(codePoint);
}

/** The name a font has in a page's resources: added to the page once, on its first use there. */
const fontKeyOn = perObjectCache((page: PDFPage, font: PDFFont): PDFName => page.node.newFontDictionary(font.name, font.ref));

export interface PositionedTextOptions {
  x: number;
  y: number;
  size: number;
  font: PDFFont;
  color: RGB;
}

/**
 * Draws one line of text where the font's OpenType layout puts each glyph, combining marks included.
 * pdf-lib's drawText keeps only the glyph ids of fontkit's layout and lets the viewer advance by
 * each glyph's width, so a mark that GPOS mark positioning would place over its letter (the grave
 * on Yoruba "ọ̀", stacked Vietnamese tones) is printed beside it instead. Here each glyph's
 * x offset and advance become TJ adjustments and its y offset a text rise, so the page shows what
 * the layout computed. Text without positioned glyphs goes through drawText unchanged.
 */
export function drawPositionedText(page: PDFPage, text: string, options: PositionedTextOptions): void {
  const { x, y, size, font, color } = options;
  const { face, features } = faceOf(font);
  const { glyphs, positions } = face.layout(text, features);
  const needsPositions = positions.some(
    (position, index) => position.xOffset !== 0 || position.yOffset !== 0 || position.xAdvance !== glyphs[index]!.advanceWidth,
  );
  if (!needsPositions) {
    page.drawText(text, { x, y, size, font, color });
    return;
  }

  // encodeText lays the text out the same way and adds the glyphs to the embedded subset.
  const hex = font.encodeText(text).asString();
  const codes = Array.from({ length: hex.length / 4 }, (_, index) => hex.slice(index * 4, index * 4 + 4));
  if (codes.length !== glyphs.length) throw new Error('Font layout and encoding disagree on the glyph count');

  const toThousandths = 1000 / face.unitsPerEm;
  const context = page.doc.context;
  const operators: PDFOperator[] = [
    pushGraphicsState(),
    setFillingColor(color),
    beginText(),
    setFontAndSize(fontKeyOn(page, font), size),
    setTextMatrix(1, 0, 0, 1, x, y),
  ];
  let rise = 0;
  let items: Array<PDFHexString | number> = [];
  // A TJ number moves the pen left by number/1000 of the font size; it is carried to the next glyph.
  let carried = 0;
  const flush = () => {
    if (items.length > 0) operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [context.obj(items)]));
    items = [];
  };
  glyphs.forEach((glyph, index) => {
    const position = positions[index]!;
    const glyphRise = (position.yOffset * size) / face.unitsPerEm;
    if (glyphRise !== rise) {
      if (carried !== 0) items.push(carried);
      carried = 0;
      flush();
      operators.push(setTextRise(glyphRise));
      rise = glyphRise;
    }
    carried -= position.xOffset * toThousandths;
    if (carried !== 0) items.push(carried);
    items.push(PDFHexString.of(codes[index]!));
    carried = (glyph.advanceWidth + position.xOffset - position.xAdvance) * toThousandths;
  });
  flush();
  if (rise !== 0) operators.push(setTextRise(0));
  operators.push(endText(), popGraphicsState());
  page.pushOperators(...operators);
}
