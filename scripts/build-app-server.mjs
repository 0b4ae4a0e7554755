/**
 * Compiles the app server (scripts/app-server.ts) and the code it serves with, decision saves
 * included, into one plain JavaScript module, `.next/postwise-app-server.mjs`, as the last step of
 * `npm run build` (and of the build `npm start` runs when the build is missing or stale). `npm
 * start` then loads the server with Node's own loader, with no TypeScript hook and no per-file
 * compiling or resolving: the save code took ~1.5 s through tsx, about half of it in tsx (ADR 014,
 * addendum "start-up-bundle"). Packages stay in node_modules, loaded by Node as they are (the
 * native and WebAssembly drivers cannot be bundled); only the repository's own TypeScript is
 * compiled in, resolved under `react-server` as the server runs.
 *
 * Beside the module, `.next/postwise-app-server.inputs.json` lists the source files compiled into it
 * (repository-relative), so that `npm start` can tell a module older than its sources
 * (appServerBundleIsCurrent). It lives in .next because it is part of the build: `next build`
 * empties that folder, and the bundle is made again after it. Usage: `node scripts/build-app-server.mjs`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
/** The compiled app server. One folder below the root, as scripts/app-server.ts is: it finds the root as its folder's parent. */
export const appServerBundle = path.join(root, '.next', 'postwise-app-server.mjs');

/** Where the list of sources compiled into `bundle` is kept. */
function inputsFileOf(bundle) {
  return bundle.replace(/\.mjs$/, '.inputs.json');
}

/**
 * Compiles the app server into `bundle` (default appServerBundle; its chunks beside it, named after
 * it) and records its inputs. Rejects with esbuild's errors.
 */
export async function buildAppServer(bundle = appServerBundle) {
  const { build, stop } = await import('esbuild');
  // Chunks are named by their content's hash: those of an earlier compile would pile up.
  const chunkPrefix = `${path.basename(bundle, '.mjs')}-`;
  for (const file of existsSync(path.dirname(bundle)) ? readdirSync(path.dirname(bundle)) : []) {
    if (file.startsWith(chunkPrefix) && file.endsWith('.mjs')) rmSync(path.join(path.dirname(bundle), file));
  }
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['scripts/app-server.ts'],
    outdir: path.dirname(bundle),
    entryNames: path.basename(bundle, '.mjs'),
    outExtension: { '.js': '.mjs' },
    // The save code is imported when the renderer has been forked (startAppServer): a chunk of its
    // own, so that its packages (Prisma's client, compromise: most of the loading) load then, on this
    // core, while Next.js loads on the other.
    splitting: true,
    chunkNames: `${chunkPrefix}[name]-[hash]`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    conditions: ['react-server'],
    metafile: true,
    logLevel: 'warning',
  });
  // esbuild's service process would otherwise stay beside the server for its whole life.
  await stop();
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  writeFileSync(inputsFileOf(bundle), `${JSON.stringify(inputs, null, 2)}\n`);
}

/**
 * Whether `bundle` (default appServerBundle) exists and is newer than every source compiled into it and than
 * package-lock.json (a package update may change what it imports). False when it or its inputs
 * list is missing.
 */
export function appServerBundleIsCurrent(bundle = appServerBundle) {
  const inputsFile = inputsFileOf(bundle);
  if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
  const builtAt = statSync(bundle).mtimeMs;
  const inputs = [...JSON.parse(readFileSync(inputsFile, 'utf8')), 'package-lock.json'];
  return inputs.every((input) => {
    const file = path.join(root, input);
    return existsSync(file) && statSync(file).mtimeMs <= builtAt;
  });
}

/**
 * The compiled app server's module (`startAppServer`, `STOP_GRACE_MS`, …), compiled first when it is
 * missing or older than its sources (a few hundred milliseconds). Called once any TypeScript hook
 * has been removed: Node's own loader loads it.
 */
export async function importAppServer() {
  if (!appServerBundleIsCurrent()) await buildAppServer();
  return import(pathToFileURL(appServerBundle).href);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  await buildAppServer();
  console.log(`Compiled the app server into ${path.relative(root, appServerBundle)}.`);
}
