import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Runs scripts/db/seed-demo-certificate.ts in a child process with the react-server condition: the
 * learner's code paths it drives are server modules (`server-only`, the app's `db` on DATABASE_URL),
 * which neither `npm start`'s preparation nor `npm run db:seed` loads. The child inherits the
 * environment and the console. Throws when it fails, with its exit status.
 */
export function seedDemoCertificateInChild(): void {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, ['--conditions=react-server', path.join(root, 'scripts', 'db', 'seed-demo-certificate.ts')], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`The demo certificate could not be earned (exit status ${result.status ?? result.signal}).`);
}
