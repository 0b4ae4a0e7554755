/** Types of pages-forgotten-elsewhere.mjs (plain JavaScript, shared with scripts/page-renderer.mjs). */
export declare function sendForgottenPages(send: (message: { kind: string; path: string }) => unknown): void;
export declare function forgetInCachingProcess(path: string): void;
export declare function forgottenPageIn(message: unknown): string | undefined;
