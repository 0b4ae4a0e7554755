/**
 * `npm start`: the README's promise that one command serves the app.
 * Builds when the production build is missing or older than the sources, applies pending
 * migrations, seeds demo data into an empty database and publishes the scenario library when its
 * files changed since the last publication, folds a pending decision history into the insight
 * rollup (ADR 012), then serves the app in this same process (scripts/app-server.ts): no wrapper
 * process is left beside the server, and SIGINT/SIGTERM reach the server itself, which closes
 * cleanly. The preparation runs in a worker thread (scripts/start-prepare.ts) while this thread
 * loads Next.js; scripts/start.mjs starts both (ADR 014).
 */
import { getEnv } from '@/lib/env';
import { startAppServer } from './app-server';
import { chooseBindAddress } from './bind-address';

/** The worker thread's preparation, as scripts/start.mjs reports it. */
export interface Preparation {
  /** Resolves once `.next` holds a build of the current sources: Next.js may be loaded. */
  buildReady: Promise<void>;
  /** Resolves once the database is migrated, seeded and published: the app may serve. */
  prepared: Promise<void>;
}

/**
 * Serves the app once `preparation` allows, until SIGINT or SIGTERM. `beforeServing` runs once
 * everything this thread needs is loaded and before Next.js loads the app: scripts/start.mjs
 * passes the call that removes the TypeScript compiler hook, so the server loads its modules as
 * `next start` does. Exits the process (code 1, with the reason on stderr) when the app cannot be
 * started, including when the preparation fails.
 */
export async function startPostwise({ beforeServing, preparation }: { beforeServing: () => void; preparation: Preparation }): Promise<void> {
  try {
    const env = getEnv();
    const bind = chooseBindAddress(env);
    // The worker refuses the same address, before it builds or migrates (start-prepare.ts): its
    // refusal is the one reported, and once it has stopped.
    if ('refusal' in bind) {
      await preparation.prepared;
      throw new Error(bind.refusal);
    }
    // The quick start has no mail server, so sign-in links go to the demo outbox page. Anyone
    // who can open /outbox can sign in as anyone: a real deployment sets SMTP_URL instead.
    if (process.env.SMTP_URL === undefined && process.env.EMAIL_OUTBOX === undefined) {
      process.env.EMAIL_OUTBOX = 'true';
      console.warn('No SMTP_URL: sign-in emails go to the demo outbox at /outbox. Set SMTP_URL (and EMAIL_OUTBOX=false) for real use.');
    }
    // Set before Next.js and React are loaded (startAppServer loads them): they choose their production builds when first imported.
    // (Object.assign: Next.js types NODE_ENV as read-only.)
    Object.assign(process.env, { NODE_ENV: 'production' });
    beforeServing();
    await preparation.buildReady;
    await startAppServer(bind.address, { ready: preparation.prepared });
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    console.error('The app was not started.');
    process.exit(1);
  }
}
