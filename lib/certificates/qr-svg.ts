import { darkRuns, qrMatrix } from './qr-matrix';

/** SVG path data drawing the dark modules of a text's QR code, one unit per module. */
export function qrPathData(text: string): { size: number; path: string } {
  const matrix = qrMatrix(text);
  const path = darkRuns(matrix)
    .map(({ x, y, length }) => `M${x} ${y}h${length}v1h-${length}z`)
    .join('');
  return { size: matrix.size, path };
}

/**
 * A standalone SVG of a text's QR code. The encoded text never appears in the markup except as
 * the escaped accessible label, so learner-supplied data cannot inject markup.
 */
export function qrSvg(text: string, options: { label?: string; pixels?: number } = {}): string {
  const { size, path } = qrPathData(text);
  const pixels = options.pixels ?? size * 4;
  const label = escapeXml(options.label ?? 'QR code');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${pixels}" height="${pixels}" ` +
    `shape-rendering="crispEdges" role="img" aria-label="${label}">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
