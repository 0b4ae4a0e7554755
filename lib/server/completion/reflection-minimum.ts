/** A reflection must be at least this long before a certificate is issued. */
export const MIN_REFLECTION_WORDS = 50;
