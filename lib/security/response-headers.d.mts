/** A response header as next.config.mjs lists them. */
export interface ConfiguredHeader {
  key: string;
  value: string;
}

/** Headers that are the same on every response (see response-headers.mjs). */
export declare const staticSecurityHeaders: readonly ConfiguredHeader[];
/** The Content-Security-Policy of every `/api/…` answer. */
export declare const apiContentSecurityPolicy: string;
/** Every header an `/api/…` answer carries from configuration. */
export declare const apiResponseHeaders: readonly ConfiguredHeader[];
