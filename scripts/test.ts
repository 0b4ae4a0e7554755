/**
 * `npm test`: the whole suite, in the order that fails fastest — lint, types, unit tests,
 * the scenario library's exhaustive play test, integration tests on SQLite and PostgreSQL,
 * then the end-to-end tests in Chromium against the production build.
 * Every step runs even when an earlier one failed, so one run shows every problem.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { failureExcerpt } from './test-failure-excerpt';

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

/** Runs one step, passing its output through as it comes and keeping a copy for the summary. */
function run(command: string, args: string[]): Promise<{ passed: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ passed: code === 0, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

async function main(): Promise<number> {
  const results: Array<{ name: string; passed: boolean; seconds: number; output: string }> = [];
  for (const step of steps) {
    console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
    const started = performance.now();
    const [command, ...args] = step.command as [string, ...string[]];
    const { passed, output } = await run(command, args);
    results.push({ name: step.name, passed, seconds: (performance.now() - started) / 1000, output });
    if (step.name === 'build' && !passed) break;
  }

  // CI logs are often read from the end: repeat what failed here, after every step's output.
  for (const result of results.filter((step) => !step.passed)) {
    console.log(`\n✖ What failed in ${result.name}:\n${failureExcerpt(result.output)}`);
  }

  console.log('\nSummary');
  for (const result of results) {
    console.log(`  ${result.passed ? 'ok  ' : 'FAIL'}  ${result.name} (${result.seconds.toFixed(1)} s)`);
  }
  const failed = results.filter((result) => !result.passed).length;
  console.log(`\nsteps: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 && results.length === steps.length ? 0 : 1;
}

void main().then((code) => process.exit(code));
