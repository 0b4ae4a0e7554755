import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Issue 19: `npm start` is the README's way to run the app, and a process supervisor, a container
 * runtime or a terminal stops it by signalling the process it started (npm). The server behind it
 * must stop too, and nothing it started may stay behind holding the port and the database.
 * Runs after the production build (these are the end-to-end tests), so `npm start` serves at once.
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** The live processes in process group `group` (Linux /proc), with their command lines. */
function processesInGroup(group: number): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // After the command name (which may hold spaces): state, ppid, pgrp.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        if (Number(fields[2]) !== group || fields[0] === 'Z') return [];
        return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()}`];
      } catch {
        return []; // gone while we looked
      }
    });
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`${signal} to npm start stops the server and leaves no process behind`, async () => {
    // The app's root: where playwright.config.ts is.
    const root = path.dirname(test.info().config.configFile as string);
    const folder = mkdtempSync(path.join(tmpdir(), 'postwise-npm-start-'));
    const port = await freePort();
    // Its own process group, so every process npm starts can be found (and cleaned up if the test fails).
    const npm = spawn('npm', ['start'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: `file:${path.join(folder, 'start.db')}`, PORT: String(port), HOSTNAME: '127.0.0.1', POSTWISE_SEED_ON_START: 'never', EMAIL_OUTBOX: 'true' },
    });
    const group = npm.pid as number;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => npm.on('exit', (code, exitSignal) => resolve({ code, signal: exitSignal })));
    try {
      let output = '';
      // Serving is announced on stdout once the server listens (scripts/app-server.ts).
      await new Promise<void>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          if (output.includes('Postwise is serving')) resolve();
        };
        npm.stdout.on('data', read);
        npm.stderr.on('data', read);
        void exited.then(({ code }) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
      });
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      expect(processesInGroup(group).length).toBeGreaterThan(1);

      process.kill(npm.pid as number, signal);

      // npm exits only after the server it started has exited; a clean stop is exit code 0.
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(processesInGroup(group)).toEqual([]);
    } finally {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // nothing left to stop
      }
      rmSync(folder, { recursive: true, force: true });
    }
  });
}
