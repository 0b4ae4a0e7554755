import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'postwise-start-refusal-'));

/** Runs `npm start`'s command (scripts/start.mjs) as a real process with these variables; its exit code and output. */
async function npmStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const inherited = { ...process.env };
  delete inherited.PUBLIC_BASE_URL;
  delete inherited.HOSTNAME;
  // In a process group of its own: should it not refuse, it would go on to build and serve, and
  // the watchdog ends it and everything it started (a hang guard, not a timing).
  const child = spawn(process.execPath, ['--conditions=react-server', 'scripts/start.mjs'], {
    cwd: root,
    detached: true,
    env: { ...inherited, DATABASE_URL: `file:${path.join(scratch, 'never-opened.db')}`, ...env },
  });
  const watchdog = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 240_000);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(watchdog);
  return { code, output };
}

describe('npm start and the public origin', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses to serve beyond loopback without PUBLIC_BASE_URL, saying what to set, before building or touching the database', async () => {
    for (const HOSTNAME of ['0.0.0.0', '192.0.2.20']) {
      const { code, output } = await npmStart({ HOSTNAME, PORT: '3999' });
      expect(code).toBe(1);
      expect(output).toContain(`HOSTNAME=${HOSTNAME} serves other machines, but PUBLIC_BASE_URL is not set`);
      expect(output).toContain('Set PUBLIC_BASE_URL to the address people open');
      expect(output).not.toContain('Building the app');
    }
  });
});
