/** Types of scripts/build-app-server.mjs (plain JavaScript, run by Node before any TypeScript hook). */
import type * as AppServer from './app-server';

/** The compiled app server: `.next/postwise-app-server.mjs`. */
export declare const appServerBundle: string;
/** Compiles the app server into `bundle` (default appServerBundle) and records its inputs beside it. */
export declare function buildAppServer(bundle?: string): Promise<void>;
/** Whether `bundle` (default appServerBundle) exists and is newer than its sources and package-lock.json. */
export declare function appServerBundleIsCurrent(bundle?: string): boolean;
/** The compiled app server's module, compiled first when missing or stale. */
export declare function importAppServer(): Promise<typeof AppServer>;
