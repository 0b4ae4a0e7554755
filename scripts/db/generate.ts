import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { providers, renderSchema, schemaPath } from './render-schema';

// Runs on postinstall, before anything else exists: it needs no database and no network.
const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');

for (const provider of providers) {
  const target = schemaPath(provider);
  const rendered = renderSchema(provider);
  if (!existsSync(target) || readFileSync(target, 'utf8') !== rendered) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, rendered);
    console.log(`Rendered ${target}`);
  }

  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', target, '--no-hints'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      // The CLI insists on locating a schema engine binary before any command, and would
      // download one; `generate` never runs it, so any existing file satisfies the check.
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      CHECKPOINT_DISABLE: '1',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
}
