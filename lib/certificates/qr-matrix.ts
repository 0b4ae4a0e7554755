import { encode } from 'uqr';

/** Modules of light margin the QR specification asks for around the symbol. */
export const QR_QUIET_ZONE = 4;

export interface QrMatrix {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** `dark[y][x]`: true where a module is dark. */
  dark: boolean[][];
}

/**
 * The QR code of a text, as a matrix that the PDF draws as vector squares and the web page as an
 * SVG path (no image codec either way). Error correction M survives a creased or smudged printout.
 */
export function qrMatrix(text: string): QrMatrix {
  const { size, data } = encode(text, { ecc: 'M', border: QR_QUIET_ZONE });
  return { size, dark: data };
}

/** Dark modules of each row merged into horizontal runs, so drawings need few shapes. */
export function darkRuns(matrix: QrMatrix): Array<{ x: number; y: number; length: number }> {
  const runs: Array<{ x: number; y: number; length: number }> = [];
  matrix.dark.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      runs.push({ x: start, y, length: x - start });
    }
  });
  return runs;
}
