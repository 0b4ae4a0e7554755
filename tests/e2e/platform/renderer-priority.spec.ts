import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { expect, test } from '@playwright/test';

/** The live processes whose command line `matches`, with their parent's pid (Linux /proc). */
function processesWhere(matches: (commandLine: string) => boolean): Array<{ pid: number; parent: number }> {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
        if (!matches(commandLine)) return [];
        // After the command name (which may hold spaces): state, ppid.
        const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
        return [{ pid: Number(pid), parent }];
      } catch {
        return []; // gone while we looked
      }
    });
}

/**
 * Issue 18, ADR 027: the page renderer runs ten steps nicer than the app server that forked it, so
 * where both want a core, a learner's decision save (answered by the app server) goes before an
 * owner's dashboard render. Checked on the e2e server itself, started as `npm start` starts it.
 */
test('the page renderer runs at a lower CPU priority than the app server that answers saves', async ({ request }) => {
  expect((await request.get('/api/health')).ok()).toBe(true);
  // A renderer's command line: node … scripts/page-renderer.mjs <socket> <host> <the app server's port>.
  const renderers = processesWhere((commandLine) => commandLine.includes('scripts/page-renderer.mjs') && commandLine.endsWith(` ${process.env.E2E_PORT}`));
  expect(renderers, 'the e2e server\'s page renderer').toHaveLength(1);
  const [{ pid, parent }] = renderers as [{ pid: number; parent: number }];
  expect(getPriority(pid)).toBe(Math.min(19, getPriority(parent) + 10));
});
