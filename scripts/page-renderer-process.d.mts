/** Types of scripts/page-renderer-process.mjs (plain JavaScript, run by scripts/start.mjs before any TypeScript hook). */

/** A forked page renderer (scripts/page-renderer.mjs). */
export interface PageRenderer {
  /** Where the app server listens, as the renderer was told (Next.js fetches its own pages there). */
  hostname: string;
  port: number;
  /** The renderer's private Unix socket. */
  socketPath: string;
  /** Settles when the renderer listens; rejects if it exits first. */
  ready: Promise<void>;
  /** Receives the renderer's IPC messages other than its readiness (one listener; a later call replaces it). */
  onMessage: (listener: (message: unknown) => void) => void;
  /** SIGTERM, SIGKILL if still running 20 s later; resolves once it has exited. */
  stop: () => Promise<void>;
}

/** Node options for the renderer: these less resolve conditions and TypeScript loaders. */
export declare function rendererExecArgv(execArgv: string[]): string[];
/** Forks the page renderer on a private Unix socket, told the app server's address; returns at once. */
export declare function forkPageRenderer(listening: { hostname: string; port: number }): PageRenderer;
