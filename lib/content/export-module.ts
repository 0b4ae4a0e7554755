import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '@/lib/server/db/create-client';
import type { ModuleDefinition } from '@/lib/scenario/definition';

/** The module cannot be exported; the message says why. */
export class ModuleExportError extends Error {}

/**
 * Writes a module's newest published version from the database back to files in `folder`:
 * `module.yaml` and one `<scenario id>.mdx` per scenario it lists, each the exact text that was
 * published (so an unchanged module comes back byte for byte as it is in scenarios/). Node-only;
 * used by `npm run scenario -- export`. Returns the paths written. Throws ModuleExportError.
 */
export async function exportModule(options: { db: Database; moduleId: string; folder: string }): Promise<string[]> {
  const { db, moduleId, folder } = options;
  const published = await db.moduleVersion.findFirst({
    where: { moduleId },
    orderBy: { publishedAt: 'desc' },
    select: { version: true, source: true, definitionJson: true },
  });
  if (!published) throw new ModuleExportError(`No module "${moduleId}" has been published.`);
  if (published.source === null) throw new ModuleExportError(`The text of module "${moduleId}" version ${published.version} was not kept; publish it again from files first.`);
  const definition = JSON.parse(published.definitionJson) as ModuleDefinition;
  const files: Array<{ name: string; text: string }> = [{ name: 'module.yaml', text: published.source }];
  for (const scenarioId of definition.scenarios) {
    const version = await db.scenarioVersion.findFirst({
      where: { scenarioId },
      orderBy: { publishedAt: 'desc' },
      select: { version: true, source: true },
    });
    if (!version?.source) throw new ModuleExportError(`The text of scenario "${scenarioId}" was not kept; publish it again from files first.`);
    files.push({ name: `${scenarioId}.mdx`, text: version.source });
  }
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const { name, text } of files) {
    const target = path.join(folder, name);
    await writeFile(target, text);
    written.push(target);
  }
  return written;
}
