/**
 * `npm run bench:bundle`: reads the production build (`npm run build` first) and prints the
 * client JavaScript the scenario player route loads beyond what every page loads, gzipped.
 * Budget: ≤ 25 kB, reported as met or not met (then exit code 1). "What every page loads" is
 * Next's root main files plus the chunks that every app route's entry shares (the root layout's).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
const next = path.join(root, '.next');
const PLAYER_ROUTE = '/learn/[moduleId]/[scenarioId]/page';
const TARGET_BYTES = 25 * 1024;

interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
}

/** Every route's client reference manifest, keyed by route. */
function readManifests(): Map<string, ClientReferenceManifest> {
  const manifests = new Map<string, ClientReferenceManifest>();
  const appDir = path.join(next, 'server', 'app');
  for (const file of readdirSync(appDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('page_client-reference-manifest.js')) continue;
    // Each manifest is one assignment, `globalThis.__RSC_MANIFEST["<route>"] = {…json…};`: read, never run.
    const source = readFileSync(path.join(appDir, file), 'utf8');
    const match = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{[\s\S]*\});?\s*$/.exec(source);
    if (match) manifests.set(match[1] as string, JSON.parse(match[2] as string) as ClientReferenceManifest);
  }
  return manifests;
}

/** The chunks a route's page entry loads, or undefined for Next's own routes (e.g. /_not-found). */
function routeChunks(route: string, manifest: ClientReferenceManifest): Set<string> | undefined {
  const chunks = manifest.entryJSFiles[`[project]/app${route}`];
  return chunks ? new Set(chunks) : undefined;
}

function gzippedSize(chunk: string): number {
  return gzipSync(readFileSync(path.join(next, chunk)), { level: 9 }).length;
}

if (!existsSync(path.join(next, 'BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.');
  process.exit(1);
}
const buildManifest = JSON.parse(readFileSync(path.join(next, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
const manifests = readManifests();
const player = manifests.get(PLAYER_ROUTE);
if (!player) throw new Error(`The build has no ${PLAYER_ROUTE}`);

const perRoute = [...manifests].flatMap(([route, manifest]) => routeChunks(route, manifest) ?? []);
const sharedByEveryRoute = perRoute.reduce((shared, chunks) => new Set([...shared].filter((chunk) => chunks.has(chunk))));
const baseline = new Set([...buildManifest.rootMainFiles, ...sharedByEveryRoute]);
const playerChunks = routeChunks(PLAYER_ROUTE, player);
if (!playerChunks) throw new Error(`No client entry for ${PLAYER_ROUTE}`);
const extra = [...playerChunks].filter((chunk) => !baseline.has(chunk));

const baselineBytes = [...baseline].reduce((sum, chunk) => sum + gzippedSize(chunk), 0);
const extraSizes = extra.map((chunk) => ({ chunk, bytes: gzippedSize(chunk) }));
const extraBytes = extraSizes.reduce((sum, { bytes }) => sum + bytes, 0);
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

console.log(`Every page loads: ${kB(baselineBytes)} gzipped (${baseline.size} chunks)`);
console.log(`Scenario player route, beyond that: ${kB(extraBytes)} gzipped`);
for (const { chunk, bytes } of extraSizes) console.log(`  ${chunk}  ${kB(bytes)}`);
if (extraBytes <= TARGET_BYTES) {
  console.log(`Budget met: ${kB(extraBytes)} of ${kB(TARGET_BYTES)}.`);
} else {
  console.log(`Budget not met: ${kB(extraBytes)} is over ${kB(TARGET_BYTES)} by ${kB(extraBytes - TARGET_BYTES)}.`);
  // The budget is checked here, on the production build, not in a test: a non-zero exit lets CI hold a change to it.
  process.exitCode = 1;
}
