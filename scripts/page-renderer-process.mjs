/**
 * Forks the page renderer (scripts/page-renderer.mjs: Next.js in a process of its own, ADR 027) and
 * hands back what the app server needs of it. Plain JavaScript, so that scripts/start.mjs can fork it
 * as its very first step, before tsx compiles scripts/start.ts and before the app server is
 * loaded: Next.js's start is most of `npm start`'s time to first answer, and everything else
 * (preparing, loading the app server) then happens beside it on the other core (ADR 014, addendum
 * "startup-first-fork"). The app server (scripts/app-server.ts) forks it with this same code when
 * start.mjs did not.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { getPriority, setPriority, tmpdir } from 'node:os';
import path from 'node:path';

// The repository's root: this file's folder's parent, from scripts/ and from .next/ alike (the app
// server's compiled module, which this file is compiled into, sits in .next: scripts/build-app-server.mjs).
const root = path.resolve(import.meta.dirname, '..');

/** How long a stop waits for the renderer to exit (ms) before killing it: twice the grace it gives its own requests (10 s). */
const KILL_AFTER_MS = 20_000;

/**
 * How much nicer than the app server the renderer runs (Linux niceness: 0 is the default, 19 the
 * lowest priority). Where the renderer and
 * the app server want the same core, the kernel then runs the app server's short work first: a
 * learner's decision save waits less behind an owner's dashboard render (issue 18), and a render
 * still takes every cycle nobody else wants. Alternated runs of `npm run bench:dashboard` (ADR 027's
 * addendum of 2026-12-01) met the save's goal in 4 of 4 runs at 10, in 2 of 4 at 0.
 */
const RENDERER_NICENESS = 10;

/** The lowest priority Linux gives (the highest niceness). */
const LOWEST_PRIORITY = 19;

/**
 * Runs process `pid` RENDERER_NICENESS nicer than this process (at most the lowest priority).
 * Lowering a priority needs no privilege; where a system still refuses it, the renderer runs at
 * the app server's priority, as before, and says so.
 *
 * @param {number | undefined} pid
 */
function lowerPriority(pid) {
  if (pid === undefined) return;
  try {
    setPriority(pid, Math.min(LOWEST_PRIORITY, getPriority() + RENDERER_NICENESS));
  } catch (error) {
    console.warn(`The page renderer runs at normal priority: lowering it failed (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** Linux's limit on a Unix socket's path (sun_path is 108 bytes, one of them the terminating zero). */
const longestSocketPath = 107;

/**
 * This process's Node options, less those the renderer must not have: resolve conditions
 * (`react-server` is for the app server's code; Next.js sets its own per bundle) and the
 * TypeScript loader. A profiler's `--cpu-prof` or a bench's probe (`--import probe.mjs`) stays.
 *
 * @param {string[]} execArgv
 * @returns {string[]}
 */
export function rendererExecArgv(execArgv) {
  /** @type {string[]} */
  const kept = [];
  for (let index = 0; index < execArgv.length; index += 1) {
    const option = /** @type {string} */ (execArgv[index]);
    const [name, inlineValue] = option.split(/=(.*)/s, 2);
    const takesValue = ['--conditions', '-C', '--import', '--require', '-r', '--loader', '--experimental-loader'].includes(name ?? '');
    const value = takesValue && inlineValue === undefined ? execArgv[index + 1] : inlineValue;
    if (takesValue && inlineValue === undefined) index += 1;
    const dropped = name === '--conditions' || name === '-C' || (takesValue && /(^|[/\\])tsx([/\\]|$)/.test(value ?? ''));
    if (!dropped) kept.push(...(takesValue && inlineValue === undefined ? [option, /** @type {string} */ (value)] : [option]));
  }
  return kept;
}

/**
 * Forks scripts/page-renderer.mjs on a fresh Unix socket in a private folder under the temporary
 * folder (removed when the renderer exits), told where the app server listens (`hostname`:`port`:
 * Next.js fetches its own pages after a server action's redirect), with this process's environment
 * and NODE_ENV=production (Next.js and React choose their production builds when first loaded), and
 * this process's Node options other than loaders (rendererExecArgv).
 *
 * Returns at once. `ready` settles when the renderer listens, or rejects when it exits before that
 * (a broken build, say); a rejection nobody awaits is not an unhandled one (start.mjs may be busy
 * preparing). Once ready, a renderer that exits without `stop` having been called ends this process
 * with exit code 1: half a server must not keep answering. `onMessage` receives the renderer's IPC
 * messages other than its readiness (page-cache forgetting). `stop` sends SIGTERM (the renderer
 * waits up to 10 s for its requests), kills it if it is still there KILL_AFTER_MS later, and
 * resolves once it has exited. Throws when the socket's path would be too long for Linux.
 *
 * @param {{ hostname: string; port: number }} listening
 * @returns {import('./page-renderer-process.d.mts').PageRenderer}
 */
export function forkPageRenderer(listening) {
  // In a folder of its own, readable by this user only (mkdtemp makes it 0700): no other local user
  // can connect to the renderer, which trusts X-Forwarded-* from whoever does.
  const folder = mkdtempSync(path.join(tmpdir(), 'postwise-'));
  const socketPath = path.join(folder, 'pages.sock');
  if (Buffer.byteLength(socketPath) > longestSocketPath) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`The page renderer's socket path ${socketPath} is longer than a Unix socket allows (${longestSocketPath} bytes): set TMPDIR to a shorter folder.`);
  }
  const child = fork(path.join(root, 'scripts', 'page-renderer.mjs'), [socketPath, listening.hostname, String(listening.port)], {
    execArgv: rendererExecArgv(process.execArgv),
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  lowerPriority(child.pid);
  let stopping = false;
  let serving = false;
  /** @type {(message: unknown) => void} */
  let onMessage = () => {};
  const exited = new Promise((resolve) =>
    child.once('exit', () => {
      rmSync(folder, { recursive: true, force: true });
      resolve(undefined);
    }),
  );
  /** @type {Promise<void>} */
  const ready = new Promise((resolve, reject) => {
    child.on('message', (/** @type {{ kind?: string }} */ message) => {
      if (message.kind === 'ready') {
        serving = true;
        resolve();
      } else onMessage(message);
    });
    child.once('exit', (code, signal) => {
      const how = signal ?? `exit code ${code}`;
      if (!serving) reject(new Error(`The page renderer stopped before it was ready (${how}).`));
      else if (!stopping) {
        console.error(`The page renderer stopped (${how}); stopping the app server.`);
        process.exit(1);
      }
    });
  });
  ready.catch(() => {});
  return {
    hostname: listening.hostname,
    port: listening.port,
    socketPath,
    ready,
    onMessage: (listener) => {
      onMessage = listener;
    },
    stop: async () => {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const kill = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS).unref();
        void exited.then(() => clearTimeout(kill));
      }
      await exited;
    },
  };
}
