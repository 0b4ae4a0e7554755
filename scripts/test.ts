/**
 * `npm test`: the whole suite, in the order that fails fastest — lint, types, unit tests,
 * the scenario library's exhaustive play test, integration tests on SQLite and PostgreSQL,
 * then the end-to-end tests in Chromium against the production build.
 * Every step runs even when an earlier one failed, so one run shows every problem.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

const steps: Array<{ name: string; command: string[] }> = [
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'unit', command: ['npm', 'run', '--silent', 'test:unit'] },
  { name: 'scenario library', command: ['npm', 'run', '--silent', 'scenario', '--', 'test', 'scenarios'] },
  { name: 'integration', command: ['npm', 'run', '--silent', 'test:integration'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'e2e', command: ['npm', 'run', '--silent', 'test:e2e'] },
];

const results: Array<{ name: string; passed: boolean; seconds: number }> = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = performance.now();
  const [command, ...args] = step.command as [string, ...string[]];
  const outcome = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const passed = outcome.status === 0;
  results.push({ name: step.name, passed, seconds: (performance.now() - started) / 1000 });
  if (step.name === 'build' && !passed) break;
}

console.log('\nSummary');
for (const result of results) {
  console.log(`  ${result.passed ? 'ok  ' : 'FAIL'}  ${result.name} (${result.seconds.toFixed(1)} s)`);
}
const failed = results.filter((result) => !result.passed).length;
console.log(`\nsteps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length === steps.length ? 0 : 1);
