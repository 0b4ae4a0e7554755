/**
 * Runs the README's `npm start` as a real process for the end-to-end tests that are about it
 * (tests/e2e/platform/npm-start-stops.spec.ts, tests/e2e/readme/quick-start-certificate.spec.ts):
 * a free port, the process in a group of its own, and a wait for the moment it serves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { test } from '@playwright/test';

/** A TCP port free on 127.0.0.1 at the time of asking (the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** The app's root: where playwright.config.ts is. */
export function appRoot(): string {
  return path.dirname(test.info().config.configFile as string);
}

/**
 * Spawns `npm start` in the app's root with exactly `env` (the caller decides what is inherited),
 * in a process group of its own (its id is the child's pid), so that every process npm starts can
 * be found, signalled and cleaned up (stopGroup). stdout and stderr are piped: read them with serving.
 */
export function spawnNpmStart(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn('npm', ['start'], { cwd: appRoot(), detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
}

/**
 * Resolves with everything `child` printed (stdout and stderr, interleaved) once it has printed that
 * it serves ("Postwise is serving", scripts/app-server.ts, printed once the server listens); rejects
 * with that output if it exits first. Keeps collecting afterwards: `output()` reads it all so far.
 */
export function serving(child: ChildProcess): Promise<void> & { output: () => string } {
  let output = '';
  const listening = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Postwise is serving')) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code, signal) => reject(new Error(`the server exited (${signal ?? code}) before serving:\n${output}`)));
  });
  return Object.assign(listening, { output: () => output });
}

/** SIGKILL to every process left in process group `group` (a test's clean-up: nothing to stop is fine). */
export function stopGroup(group: number | undefined): void {
  if (group === undefined) return;
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // nothing left to stop
  }
}
