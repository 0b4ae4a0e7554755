/*
 * Small inline icons (no icon library, to keep the player bundle small), hidden from assistive
 * technology: the words next to them carry the meaning. Turbopack keeps an export in every
 * bundle that imports its module once any client code uses it, so the player's own icon parts
 * live in their own modules (svg-icon.tsx, status-glyphs.tsx), which it imports directly; they are
 * re-exported here for everything else.
 */
export { Icon, type IconProps } from './svg-icon';
export { ALERT_GLYPH, CHECK_GLYPH, CROSS_GLYPH, WARNING_GLYPH } from './status-glyphs';

export const GLOBE_GLYPH = (
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
  </>
);
export const FRIENDS_GLYPH = (
  <>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5M16 4.8a3.5 3.5 0 0 1 0 6.4M18 14.8c2 .8 3.2 2.5 3.5 5.2" />
  </>
);
export const GROUP_GLYPH = (
  <>
    <circle cx="12" cy="7.5" r="3" />
    <circle cx="5" cy="10" r="2.2" />
    <circle cx="19" cy="10" r="2.2" />
    <path d="M6.5 20c.5-3.4 2.6-5.3 5.5-5.3s5 1.9 5.5 5.3M1.5 19c.3-2.2 1.4-3.6 3.3-4M22.5 19c-.3-2.2-1.4-3.6-3.3-4" />
  </>
);
export const HEART_GLYPH = <path d="M12 20s-7.5-4.4-7.5-10A4.3 4.3 0 0 1 12 7.4 4.3 4.3 0 0 1 19.5 10c0 5.6-7.5 10-7.5 10z" />;
export const COMMENT_GLYPH = <path d="M4 5h16v11H9l-5 4z" />;
export const SHARE_GLYPH = <path d="M14 5l6 6-6 6M20 11H10a6 6 0 0 0-6 6v1" />;
export const EXTERNAL_GLYPH = <path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" />;
export const STAR_GLYPH = <path d="M12 3.5l2.6 5.4 5.9.8-4.3 4.1 1 5.8-5.2-2.8-5.2 2.8 1-5.8-4.3-4.1 5.9-.8z" />;
export const INFO_GLYPH = (
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v6M12 7.5v.5" />
  </>
);
export const LOCK_GLYPH = (
  <>
    <rect x="5" y="10.5" width="14" height="10" rx="1.5" />
    <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
  </>
);
export const IMAGE_GLYPH = (
  <>
    <rect x="3" y="4.5" width="18" height="15" rx="2" />
    <circle cx="8.5" cy="9.5" r="1.8" />
    <path d="M3 17l5-4.5 4 3.5 3.5-3 5.5 4.5" />
  </>
);
export const PLAY_GLYPH = <path d="M8 5l11 7-11 7z" />;
export const MAIL_GLYPH = (
  <>
    <rect x="3" y="5" width="18" height="14" rx="1.5" />
    <path d="M3.5 6l8.5 7 8.5-7" />
  </>
);
export const PIN_GLYPH = (
  <>
    <path d="M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11z" />
    <circle cx="12" cy="10" r="2.3" />
  </>
);
export const BOOK_GLYPH = <path d="M4 5.5C6.5 4.5 9.5 4.5 12 6c2.5-1.5 5.5-1.5 8-.5V19c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5-1.5-8-.5zM12 6v13.5" />;
