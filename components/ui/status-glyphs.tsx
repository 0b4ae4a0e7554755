/*
 * The glyphs that tell an outcome (passed, failed, a warning, an alert), for `Icon`: their own
 * module so the scenario player's bundle carries these and not every glyph (see icon.tsx).
 */
export const CHECK_GLYPH = <path d="M4.5 12.5l5 5 10-11" />;
export const CROSS_GLYPH = <path d="M6 6l12 12M18 6L6 18" />;
export const WARNING_GLYPH = <path d="M12 3.5L22 20H2zM12 10v4.5M12 17.2v.3" />;
export const ALERT_GLYPH = (
  <>
    <path d="M8.2 3h7.6L21 8.2v7.6L15.8 21H8.2L3 15.8V8.2z" />
    <path d="M12 7.5v6M12 16.5v.3" />
  </>
);
