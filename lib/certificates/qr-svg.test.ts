import { describe, expect, it } from 'vitest';
import { darkRuns, qrMatrix, QR_QUIET_ZONE } from './qr-matrix';
import { qrPathData, qrSvg } from './qr-svg';

const url = 'https://cpd.example.org/verify/PW-7K3M-Q9XD-2HVA';

describe('QR codes', () => {
  it('has the three finder patterns inside a quiet zone', () => {
    const { size, dark } = qrMatrix(url);
    const q = QR_QUIET_ZONE;
    expect(dark[0]!.some(Boolean)).toBe(false);
    for (const [x, y] of [
      [q, q],
      [size - q - 7, q],
      [q, size - q - 7],
    ] as const) {
      expect(dark[y]!.slice(x, x + 7).every(Boolean)).toBe(true);
      expect(dark[y + 1]!.slice(x + 1, x + 6).some(Boolean)).toBe(false);
    }
  });

  it('draws exactly the dark modules', () => {
    const matrix = qrMatrix(url);
    const drawn = new Set(darkRuns(matrix).flatMap(({ x, y, length }) => Array.from({ length }, (_, i) => `${x + i},${y}`)));
    const dark = new Set(matrix.dark.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : []))));
    expect(drawn).toEqual(dark);
  });

  it('gives path data sized to the matrix', () => {
    const { size, path } = qrPathData(url);
    expect(size).toBe(qrMatrix(url).size);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  it('escapes the accessible label, so no markup can be injected', () => {
    const svg = qrSvg('"><script>alert(1)</script>', { label: 'Verify <b>"me"</b> & co' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('aria-label="Verify &#60;b&#62;&#34;me&#34;&#60;/b&#62; &#38; co"');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});
