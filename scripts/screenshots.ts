/**
 * `npm run screenshots`: the README's pictures, taken from the real app. Runs the e2e specs that
 * take them (Playwright builds and serves the app itself, see playwright.config.ts), then copies
 * what they wrote to artifacts/readme/ into docs/screenshots/, where the README links them.
 * The sheet of every kind of platform lands in artifacts/platforms/ (not committed).
 * `npm run screenshots -- <spec>…` runs only the specs named (each one of those below), for
 * retaking one set of pictures without the rest.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const from = path.join(root, 'artifacts', 'readme');
const to = path.join(root, 'docs', 'screenshots');
const allSpecs = [
  'tests/e2e/readme/readme-pictures.spec.ts',
  'tests/e2e/readme/dashboard-dark-pictures.spec.ts',
  'tests/e2e/certificates/complete-module.spec.ts',
  'tests/e2e/player/platform-looks.spec.ts',
];
const asked = process.argv.slice(2);
const unknown = asked.filter((spec) => !allSpecs.includes(spec));
if (unknown.length > 0) {
  console.error(`Not a picture spec: ${unknown.join(', ')}. The picture specs are: ${allSpecs.join(', ')}`);
  process.exit(2);
}
const specs = asked.length > 0 ? asked : allSpecs;

const run = spawnSync(path.join(root, 'node_modules', '.bin', 'playwright'), ['test', ...specs], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('The specs that take the pictures failed; docs/screenshots/ is unchanged.');
  process.exit(run.status ?? 1);
}
mkdirSync(to, { recursive: true });
const pictures = readdirSync(from).filter((name) => name.endsWith('.png'));
for (const name of pictures) copyFileSync(path.join(from, name), path.join(to, name));
console.log(`Copied ${pictures.length} pictures to docs/screenshots/: ${pictures.join(', ')}`);
