import type { ReactNode } from 'react';

export interface IconProps {
  /** One of the `*_GLYPH` exports. */
  glyph: ReactNode;
  /** Tailwind size and colour classes; defaults to 1em so the icon follows the text. */
  className?: string;
  /** Solid icons (a filled star) differ from outlined ones by shape, not only by colour. */
  filled?: boolean;
}

/** A decorative 24×24 stroke icon. */
export function Icon({ glyph, className = 'size-[1em]', filled = false }: IconProps) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={`inline-block shrink-0 ${className}`}
    >
      {glyph}
    </svg>
  );
}
