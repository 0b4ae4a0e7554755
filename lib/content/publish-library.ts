import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '@/lib/server/db/create-client';
import { canonicalJson } from '@/lib/json/canonical-json';
import { scenarioSummaryOf } from '@/lib/catalogue/scenario-summary';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { checkScenarioFiles, type CheckedFiles } from '@/lib/scenario/scenario-files';
import { testScenario } from '@/lib/studio/test-scenario';
import { moduleContentHash } from './module-content-hash';

export interface PublishReport {
  modules: Array<{ id: string; version: number; published: boolean }>;
  scenarios: Array<{ id: string; version: number; published: boolean }>;
}

/** The library on disk cannot be published as it is; the message lists every reason. */
export class LibraryHasErrorsError extends Error {}

/**
 * Compiles the scenario library on disk and publishes what changed: a scenario or module
 * gets a new version row only when its content hash is new, so running this again is a
 * no-op and attempts already started keep the version they began with. A module's title and its
 * scenarios' places are written only with a new module version, a scenario's title only with a new
 * scenario version (or when the row is first made): files that publish nothing new leave what the
 * studio published since as it is, and every change learners see comes with a version row, which
 * is what moves their pages' change stamp (ADR 028).
 *
 * Refuses, publishing nothing, when a file does not compile, when `npm run scenario -- test`
 * fails a scenario (testScenario: the exhaustive play test finds a learner could get stuck, or a
 * written-reply example disagrees with the checks; the studio publishes through the same test), or
 * when a scenario or module changed but its `version` was not raised above every version already
 * published: one version number always means one content.
 * Node-only (reads files); used by the seed and by `npm start`. Throws LibraryHasErrorsError.
 */
export async function publishLibrary(options: { db: Database; folder: string }): Promise<PublishReport> {
  const { db, folder } = options;
  const checked = checkScenarioFiles([folder]);
  const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    const listed = errors.map((error) => `${error.file}:${error.line}:${error.column} ${error.code} ${error.message}`).join('\n');
    throw new LibraryHasErrorsError(`The scenario library has errors; nothing was published:\n${listed}`);
  }
  const playProblems = playTestProblems(checked);
  if (playProblems.length > 0) {
    throw new LibraryHasErrorsError(
      `The scenario library fails its play test (npm run scenario -- test ${folder}); nothing was published:\n${playProblems.join('\n')}`,
    );
  }
  const scenariosById = new Map(checked.scenarios.map(({ definition }) => [definition.id, definition]));
  // The files' exact text is kept with each version, for the studio's drafts and `scenario export`.
  const sourceOf = (file: string) => readFileSync(path.resolve(file), 'utf8');
  const scenarioFiles = new Map(checked.scenarios.map(({ file, definition }) => [definition.id, file]));
  const items = checked.modules.map(({ file, definition: module }) => {
    const scenarios = module.scenarios.map((id) => scenariosById.get(id) as ScenarioDefinition);
    return { module, moduleHash: moduleContentHash(module, scenarios), scenarios, moduleFile: file };
  });
  const report: PublishReport = { modules: [], scenarios: [] };

  await db.$transaction(async (tx) => {
    // Every version is checked before anything is written, so a refusal leaves the database as it was.
    const versionProblems: string[] = [];
    const published = { scenarios: new Set<string>(), modules: new Set<string>() };
    for (const { module, moduleHash, scenarios } of items) {
      for (const scenario of scenarios) {
        const known = await tx.scenarioVersion.findMany({ where: { scenarioId: scenario.id }, select: { version: true, contentHash: true } });
        const problem = versionProblem('scenario', scenario.id, scenario.version, scenario.contentHash, known);
        if (problem) versionProblems.push(problem);
        if (!known.some((row) => row.contentHash === scenario.contentHash)) published.scenarios.add(scenario.id);
      }
      const known = await tx.moduleVersion.findMany({ where: { moduleId: module.id }, select: { version: true, contentHash: true } });
      const problem = versionProblem('module', module.id, module.version, moduleHash, known);
      if (problem) versionProblems.push(problem);
      if (!known.some((row) => row.contentHash === moduleHash)) published.modules.add(module.id);
    }
    if (versionProblems.length > 0) {
      throw new LibraryHasErrorsError(`The scenario library reuses version numbers; nothing was published:\n${versionProblems.join('\n')}`);
    }

    for (const { module, moduleHash, scenarios, moduleFile } of items) {
      // Titles and places change only with a new version (the stamp of ADR 028 sees version rows):
      // files that publish nothing new must not undo what an adviser published in the studio since.
      const moduleIsNew = published.modules.has(module.id);
      await tx.cpdModule.upsert({
        where: { id: module.id },
        create: { id: module.id, title: module.title },
        update: moduleIsNew ? { title: module.title } : {},
      });
      for (const [position, scenario] of scenarios.entries()) {
        const isNew = published.scenarios.has(scenario.id);
        // A scenario's place is its module version's; its title is its own version's.
        await tx.scenario.upsert({
          where: { id: scenario.id },
          create: { id: scenario.id, moduleId: module.id, position, title: scenario.title },
          update: { ...(moduleIsNew ? { moduleId: module.id, position } : {}), ...(isNew ? { title: scenario.title } : {}) },
        });
        const source = sourceOf(scenarioFiles.get(scenario.id) as string);
        if (isNew) {
          await tx.scenarioVersion.create({
            data: {
              scenarioId: scenario.id,
              version: scenario.version,
              contentHash: scenario.contentHash,
              definitionJson: canonicalJson(scenario),
              summaryJson: JSON.stringify(scenarioSummaryOf(scenario)),
              source,
            },
          });
        } else {
          // Versions published before sources were kept get theirs now (the content hash proves it is the same text's).
          await tx.scenarioVersion.updateMany({ where: { scenarioId: scenario.id, contentHash: scenario.contentHash, source: null }, data: { source } });
        }
        report.scenarios.push({ id: scenario.id, version: scenario.version, published: isNew });
      }
      const source = sourceOf(moduleFile);
      if (moduleIsNew) {
        await tx.moduleVersion.create({
          data: { moduleId: module.id, version: module.version, contentHash: moduleHash, definitionJson: canonicalJson(module), source },
        });
      } else {
        await tx.moduleVersion.updateMany({ where: { moduleId: module.id, contentHash: moduleHash, source: null }, data: { source } });
      }
      report.modules.push({ id: module.id, version: module.version, published: moduleIsNew });
    }
    // Versions published before summaries were stored get theirs once, so catalogue pages never read definitions.
    const unsummarised = await tx.scenarioVersion.findMany({ where: { summaryJson: null }, select: { id: true, definitionJson: true } });
    for (const version of unsummarised) {
      await tx.scenarioVersion.update({ where: { id: version.id }, data: { summaryJson: JSON.stringify(scenarioSummaryOf(JSON.parse(version.definitionJson) as ScenarioDefinition)) } });
    }
  }, { timeout: 60_000 });
  return report;
}

/** What `scenario test` finds wrong with each scenario (testScenario, as the studio's publishing runs it): any failure refuses. */
function playTestProblems(checked: CheckedFiles): string[] {
  return checked.scenarios.flatMap(({ file, definition }) =>
    testScenario(definition).failures.map(
      (failure) => `${file}: ${failure.kind}: ${failure.message}${failure.path ? ` (reproduce: npm run scenario -- play ${file} --path '${JSON.stringify(failure.path)}')` : ''}`,
    ),
  );
}

/**
 * Why content cannot be published under its version number, if it cannot: new content must carry
 * a version above every version already published for that id.
 */
function versionProblem(
  kind: 'scenario' | 'module',
  id: string,
  version: number,
  contentHash: string,
  known: ReadonlyArray<{ version: number; contentHash: string }>,
): string | undefined {
  if (known.length === 0 || known.some((row) => row.contentHash === contentHash)) return undefined;
  const highest = Math.max(...known.map((row) => row.version));
  if (version > highest) return undefined;
  const where = kind === 'module' ? `${id}/module.yaml (a module changes when its file or any of its scenarios changes)` : `${id}.mdx`;
  return `${kind} "${id}" has changed but its \`version\` is ${version} and version ${highest} is already published with different content: set \`version: ${highest + 1}\` in ${where}`;
}
