import { describe, expect, it } from 'vitest';
import { renderCertificatePdf } from './certificate-pdf';
import { drawnGlyphs, extractPdfText } from './pdf-text.test-support';
import { PRINTABLE_NAMES, REFUSED_NAMES } from './name-corpus.test-support';
import { unprintableCharacters } from './printable-name';
import { sampleContent } from './sample-certificate.test-support';

describe('names on certificates', () => {
  it('has a corpus of at least 25 names', () => {
    expect(PRINTABLE_NAMES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(PRINTABLE_NAMES)('%s is accepted as printable', (name) => {
    expect(unprintableCharacters(name)).toEqual([]);
  });

  it.each(REFUSED_NAMES)('%s is refused: the fonts have no letters for it', (name) => {
    expect(unprintableCharacters(name).length).toBeGreaterThan(0);
  });

  it('renders every corpus name with no missing glyph, and the PDF text reads back as the name', async () => {
    for (const name of PRINTABLE_NAMES) {
      const bytes = await renderCertificatePdf(sampleContent({ learner: { name: name.normalize('NFD') } }));
      const glyphs = await drawnGlyphs(bytes);
      expect(glyphs.filter((glyph) => glyph.code === 0), `${name}: .notdef glyphs drawn`).toEqual([]);
      const { pageTexts } = await extractPdfText(bytes);
      // Marks come out as separate code points; composed again they must spell the name exactly.
      expect(pageTexts[0]!.normalize('NFC'), name).toContain(name.normalize('NFC'));
    }
  });

  it('draws the marks of "ọ̀" over the o, as the font positions them, not after it', async () => {
    const bytes = await renderCertificatePdf(sampleContent({ learner: { name: 'Adébáyọ̀' } }));
    const glyphs = await drawnGlyphs(bytes);
    const grave = glyphs.findIndex((glyph) => glyph.unicode === '\u0300');
    expect(grave).toBeGreaterThan(0);
    // The dot below and the grave are drawn after the pen moves back over the o (a positive TJ
    // adjustment moves left); printed at the pen, as before, they sat beside the letter.
    const dotBelow = glyphs[grave - 1]!;
    expect(dotBelow.unicode).toBe('\u0323');
    expect(dotBelow.adjustmentBefore).toBeGreaterThan(200);
    expect(glyphs[grave - 2]!.unicode).toBe('o');
  });

  it('prints the name in NFC whatever form it was typed in', () => {
    const content = sampleContent({ learner: { name: 'Nguye\u0302\u0303n' } });
    expect(content.learner.name).toBe('Nguyễn');
  });
});
