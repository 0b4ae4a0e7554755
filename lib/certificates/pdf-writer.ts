import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, type RGB, rgb } from 'pdf-lib';
import { perObjectCache } from '@/lib/cache/per-object-cache';
import { darkRuns, qrMatrix } from './qr-matrix';
import { type PdfFontFiles, loadPdfFonts } from './pdf-fonts';
import { drawPositionedText, prepareGlyphCodePoints } from './positioned-text';

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 56;
const FOOTER_SPACE = 40;

export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.36, 0.38, 0.42);
export const ACCENT = rgb(0.02, 0.38, 0.42);
const RULE = rgb(0.82, 0.84, 0.86);

/**
 * Ligatures, contextual alternates and kerning switched off: they are much of fontkit's layout
 * cost, and a ligature would turn "fi" into one glyph that some readers extract badly. Kerning
 * barely shows at these sizes.
 */
const PLAIN_LAYOUT = { liga: false, clig: false, dlig: false, calt: false, kern: false };

export interface PdfFonts {
  regular: PDFFont;
  semiBold: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  font?: keyof PdfFonts;
  size?: number;
  color?: RGB;
  /** Extra left indent in points. */
  indent?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
}

export interface Column {
  header: string;
  width: number;
}

/**
 * A top-to-bottom flow of text on A4 pages: it wraps words to the column, starts a new page when
 * the current one is full, and draws only real text (selectable, searchable, read by screen
 * readers) and vector shapes.
 */
export class PdfWriter {
  readonly fonts: PdfFonts;
  readonly contentWidth = A4.width - 2 * MARGIN;
  private page: PDFPage;
  private y: number;

  private constructor(
    readonly doc: PDFDocument,
    fonts: PdfFonts,
  ) {
    this.fonts = fonts;
    this.page = doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  static async create(metadata: { title: string; author: string; subject: string; date: Date }, files: PdfFontFiles = loadPdfFonts()) {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const [regular, semiBold, bold] = await Promise.all(
      [files.regular, files.semiBold, files.bold].map((bytes) => doc.embedFont(bytes, { subset: true, features: PLAIN_LAYOUT })),
    );
    for (const font of [regular, semiBold, bold]) prepareGlyphCodePoints(font!);
    doc.setTitle(metadata.title, { showInWindowTitleBar: true });
    doc.setAuthor(metadata.author);
    doc.setSubject(metadata.subject);
    doc.setCreator('Postwise');
    doc.setProducer('Postwise (pdf-lib)');
    doc.setLanguage('en-GB');
    // Dates from the content rather than the clock, so the same content gives the same document.
    doc.setCreationDate(metadata.date);
    doc.setModificationDate(metadata.date);
    return new PdfWriter(doc, { regular: regular!, semiBold: semiBold!, bold: bold! });
  }

  get cursor(): number {
    return this.y;
  }

  get left(): number {
    return MARGIN;
  }

  /** Pages begun so far. */
  get pageCount(): number {
    return this.doc.getPageCount();
  }

  get currentPage(): PDFPage {
    return this.page;
  }

  /** Moves down, starting a new page if `height` more points would not fit. */
  ensureSpace(height: number): void {
    if (this.y - height < MARGIN + FOOTER_SPACE) {
      this.page = this.doc.addPage([A4.width, A4.height]);
      this.y = A4.height - MARGIN;
    }
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Wrapped text; blank lines in `text` start new paragraphs. */
  text(text: string, style: TextStyle = {}, width = this.contentWidth - (style.indent ?? 0)): void {
    const size = style.size ?? 10;
    const font = this.fonts[style.font ?? 'regular'];
    const lineHeight = size * (style.leading ?? 1.4);
    for (const line of wrap(text, font, size, width)) {
      this.ensureSpace(lineHeight);
      this.y -= lineHeight;
      if (line) {
        drawPositionedText(this.page, line, { x: MARGIN + (style.indent ?? 0), y: this.y + lineHeight - size, size, font, color: style.color ?? INK });
      }
    }
  }

  /** A section heading that never sits alone at the bottom of a page. */
  heading(text: string): void {
    this.ensureSpace(48);
    this.space(8);
    this.text(text.toUpperCase(), { font: 'semiBold', size: 8.5, color: ACCENT, leading: 1.6 });
    this.space(2);
  }

  /** A hanging-indent item; the marker is drawn first so text extraction and screen readers meet it first. */
  bullet(text: string, style: TextStyle = {}, marker = '•'): void {
    const size = style.size ?? 10;
    this.ensureSpace(size * (style.leading ?? 1.4));
    this.page.drawText(marker, {
      x: MARGIN + (style.indent ?? 0),
      // Where text() will put the baseline of the first line.
      y: this.y - size,
      size,
      font: this.fonts[marker.length > 1 || /[A-Z]/.test(marker) ? 'semiBold' : 'regular'],
      color: style.color ?? INK,
    });
    this.text(text, { ...style, indent: (style.indent ?? 0) + 14 });
  }

  rule(): void {
    this.space(6);
    this.ensureSpace(8);
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4.width - MARGIN, y: this.y }, thickness: 0.6, color: RULE });
    this.space(8);
  }

  /** A table with wrapped cells; the header row repeats on each new page. */
  table(columns: Column[], rows: string[][], size = 8.5): void {
    const lineHeight = size * 1.35;
    const drawRow = (cells: string[], font: PDFFont, color: RGB) => {
      const wrapped = cells.map((cell, index) => wrap(cell, font, size, columns[index]!.width - 6));
      const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 4;
      this.ensureSpace(height);
      const top = this.y;
      let x = MARGIN;
      wrapped.forEach((lines, index) => {
        lines.forEach((line, lineIndex) => {
          if (line) drawPositionedText(this.page, line, { x, y: top - (lineIndex + 1) * lineHeight + (lineHeight - size), size, font, color });
        });
        x += columns[index]!.width;
      });
      this.y = top - height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: MARGIN + sumWidths(columns), y: this.y + 1 }, thickness: 0.4, color: RULE });
    };
    const header = () => drawRow(columns.map((column) => column.header), this.fonts.semiBold, MUTED);
    header();
    for (const row of rows) {
      const pageBefore = this.page;
      this.ensureSpace(lineHeight * 2 + 4);
      if (pageBefore !== this.page) header();
      drawRow(row, this.fonts.regular, INK);
    }
  }

  /** A QR code drawn as vector squares with its top-left corner at (x, top). */
  qr(text: string, x: number, top: number, width: number): void {
    const matrix = qrMatrix(text);
    const cell = width / matrix.size;
    this.page.drawRectangle({ x, y: top - width, width, height: width, color: rgb(1, 1, 1) });
    for (const run of darkRuns(matrix)) {
      this.page.drawRectangle({
        x: x + run.x * cell,
        y: top - (run.y + 1) * cell,
        width: run.length * cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  }

  /** Footer text and page numbers on every page, then the bytes of the document. */
  async finish(footer: string): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const size = 7.5;
      drawPositionedText(page, footer.normalize('NFC'), { x: MARGIN, y: MARGIN - 18, size, font: this.fonts.regular, color: MUTED });
      const number = `Page ${index + 1} of ${pages.length}`;
      const width = this.fonts.regular.widthOfTextAtSize(number, size);
      page.drawText(number, { x: A4.width - MARGIN - width, y: MARGIN - 18, size, font: this.fonts.regular, color: MUTED });
    });
    return this.doc.save();
  }
}

function sumWidths(columns: Column[]): number {
  return columns.reduce((total, column) => total + column.width, 0);
}

/**
 * Width of a word at size 1. Measuring runs fontkit's full OpenType layout, the slowest step of
 * rendering, so each word is measured once per font; widths scale linearly with the size.
 */
const unitWidth = perObjectCache((font: PDFFont, word: string): number => font.widthOfTextAtSize(word, 1));

/** Words wrapped to `width`; a word longer than the line is broken by character. Blank lines survive. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = unitWidth(font, ' ') * size;
  for (const paragraph of text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/[ \t]+/).filter(Boolean);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = unitWidth(font, word) * size;
      if (line && lineWidth + space + wordWidth <= width) {
        line = `${line} ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      lineWidth = wordWidth;
      while (lineWidth > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        lineWidth = font.widthOfTextAtSize(line, size);
      }
    }
    lines.push(line);
  }
  return lines;
}
