import { qrPathData } from '@/lib/certificates/qr-svg';

/**
 * A text's QR code as an inline SVG drawn on the server from path data (the certificates' uqr
 * encoder, no image and no injected markup), black on white in light and dark mode so phones can
 * scan it. `label` is its accessible name; the text it encodes should also be shown as text.
 */
export function QrCode({ text, label, pixels = 160, className = '' }: { text: string; label: string; pixels?: number; className?: string }) {
  const { size, path } = qrPathData(text);
  return (
    <svg viewBox={`0 0 ${size} ${size}`} width={pixels} height={pixels} shapeRendering="crispEdges" role="img" aria-label={label} className={`rounded bg-white ${className}`}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
