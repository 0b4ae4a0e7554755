import 'server-only';
import { scenarioSummaryOf } from '@/lib/catalogue/scenario-summary';
import { moduleContentHash } from '@/lib/content/module-content-hash';
import { AppError } from '@/lib/errors';
import { canonicalJson } from '@/lib/json/canonical-json';
import { compileModule } from '@/lib/scenario/compile-module';
import type { Diagnostic, ModuleDefinition } from '@/lib/scenario/definition';
import { db, type Prisma } from '@/lib/server/db/client';
import { withScenarioListed } from '@/lib/studio/module-source';
import { declaredScenarioId, withVersion } from '@/lib/studio/source-version';
import { testScenario } from '@/lib/studio/test-scenario';
import { compileDraft } from './compile-draft';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';
import { requireStudioRole } from './studio-access';
import { stateProblem } from './review-draft';

/** What publishing created. */
export interface PublishedDraft {
  scenarioId: string;
  version: number;
  moduleId: string;
  moduleVersion: number;
}

/**
 * Publishes the revision a reviewer approved as the scenario's next version, and its module's next
 * version. The server assigns both numbers (highest published + 1) and writes them into the stored
 * text, whatever `version` the draft said. Refuses, publishing nothing, on any compiler error, any
 * `scenario test` failure (exhaustive play test, written-reply examples), a draft that is not
 * approved, or a new scenario whose id is already taken. Attempts already started keep their version
 * (they point at its row); new attempts start on the newest. Records the approved revision's author
 * and the approving reviewer on both versions. Studio roles only. Throws FORBIDDEN, NOT_FOUND,
 * CONFLICT (also when another publish of the same scenario or module took the number first: the
 * database's unique (id, version) refuses the second) or VALIDATION (with every problem listed).
 */
export async function publishDraft(options: { userId: string; draftId: string }): Promise<PublishedDraft> {
  const { userId, draftId } = options;
  // The checks run before the transaction: on SQLite a transaction holds the write lock
  // (BEGIN IMMEDIATE), and the exhaustive play test can take seconds on a large scenario.
  await requireStudioRole(db, { userId, action: 'studio.publish' });
  const approved = await approvedText(db, draftId);
  const scenarioId = checkedScenarioId(approved.source, approved.copiedFromId);
  const compiled = compileDraft(approved.source);
  if (!compiled.definition) throw new AppError('VALIDATION', `The draft does not compile; nothing was published:\n${listDiagnostics(compiled.diagnostics)}`);
  const tested = testScenario(compiled.definition);
  if (tested.failures.length > 0) {
    const listed = tested.failures.map((failure) => `${failure.kind}: ${failure.message}${failure.path ? ` (path ${JSON.stringify(failure.path)})` : ''}`);
    throw new AppError('VALIDATION', `The draft fails its play test; nothing was published:\n${listed.join('\n')}`);
  }

  return publishApproved(userId, draftId, scenarioId, approved.revision).catch((error: unknown) => {
    // Another publish of this scenario or module committed first with the number this one took
    // ((scenarioId, version) and (moduleId, version) are unique): refused, nothing written.
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', `Someone else published "${scenarioId}" or its module at the same moment, so this version number was taken; nothing was published. Reload the draft and publish again if it is still approved.`);
    }
    throw error;
  });
}

/** The writes of publishDraft, in one transaction, for the revision already checked. */
async function publishApproved(userId: string, draftId: string, scenarioId: string, checkedRevision: number): Promise<PublishedDraft> {
  return db.$transaction(
    async (tx) => {
      await requireStudioRole(tx, { userId, action: 'studio.publish' });
      // Exactly the text checked above, still approved: a save or a second publish in between refuses.
      const draft = await approvedText(tx, draftId);
      if (draft.revision !== checkedRevision) throw new AppError('CONFLICT', 'The draft changed while it was being checked; nothing was published.');
      if (!draft.copiedFromId && (await tx.scenario.count({ where: { id: scenarioId } })) > 0) {
        throw new AppError('CONFLICT', `A published scenario already has the id "${scenarioId}"; nothing was published.`);
      }

      const known = await tx.scenarioVersion.aggregate({ where: { scenarioId }, _max: { version: true } });
      const version = (known._max.version ?? 0) + 1;
      const source = withVersion(draft.source, version, { frontmatter: true });
      // Only the version differs from the text checked above, so this compiles; it gives the hash of this version.
      const { definition, diagnostics } = compileDraft(source);
      if (!definition) throw new AppError('VALIDATION', `The draft does not compile; nothing was published:\n${listDiagnostics(diagnostics)}`);

      const moduleVersion = await nextModuleVersion(tx, draft.moduleId, scenarioId, definition.contentHash);
      const people = { authorId: draft.authorId, reviewerId: draft.approvedById };

      await tx.scenario.upsert({
        where: { id: scenarioId },
        create: { id: scenarioId, moduleId: draft.moduleId, position: moduleVersion.definition.scenarios.indexOf(scenarioId), title: definition.title },
        update: { title: definition.title },
      });
      await tx.scenarioVersion.create({
        data: {
          scenarioId,
          version,
          contentHash: definition.contentHash,
          definitionJson: canonicalJson(definition),
          summaryJson: JSON.stringify(scenarioSummaryOf(definition)),
          source,
          ...people,
        },
        select: { id: true },
      });
      await tx.moduleVersion.create({
        data: {
          moduleId: draft.moduleId,
          version: moduleVersion.definition.version,
          contentHash: moduleVersion.contentHash,
          definitionJson: canonicalJson(moduleVersion.definition),
          source: moduleVersion.source,
          ...people,
        },
        select: { id: true },
      });
      const published = await tx.scenarioDraft.updateMany({ where: { id: draftId, status: 'approved' }, data: { status: 'published' } });
      if (published.count === 0) throw new AppError('CONFLICT', 'The draft changed while it was being published; nothing was published.');
      await tx.draftComment.create({
        data: { draftId, kind: 'published', text: `Published as version ${version} (module version ${moduleVersion.definition.version}).`, authorId: userId },
        select: { id: true },
      });
      return { scenarioId, version, moduleId: draft.moduleId, moduleVersion: moduleVersion.definition.version };
    },
    { timeout: 60_000 },
  );
}

/** The approved revision's text and who is on it; CONFLICT (or NOT_FOUND) unless the draft is approved. */
async function approvedText(client: Prisma.TransactionClient, draftId: string) {
  const draft = await client.scenarioDraft.findFirst({
    where: { id: draftId, kind: 'scenario', status: 'approved', approvedRevision: { not: null } },
    select: { moduleId: true, copiedFromId: true, approvedRevision: true, approvedById: true },
  });
  if (!draft) throw await stateProblem(client, draftId, 'Only a draft a reviewer has approved can be published.');
  const revision = await client.draftRevision.findUniqueOrThrow({
    where: { draftId_number: { draftId, number: draft.approvedRevision as number } },
    select: { number: true, source: true, authorId: true },
  });
  return { ...draft, revision: revision.number, source: revision.source, authorId: revision.authorId };
}

/** The id the text declares, which must be the copied scenario's: ids cannot change once published. */
function checkedScenarioId(source: string, copiedFromId: string | null): string {
  const scenarioId = declaredScenarioId(source);
  if (!scenarioId) throw new AppError('VALIDATION', 'The draft has no `id` in its frontmatter; nothing was published.');
  if (copiedFromId && scenarioId !== copiedFromId) {
    throw new AppError('VALIDATION', `This draft was copied from "${copiedFromId}" but now says \`id: ${scenarioId}\`; ids cannot change once published. Nothing was published.`);
  }
  return scenarioId;
}

function listDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)
    .join('\n');
}

/**
 * The module's next version: its latest module.yaml with the version raised (and the scenario
 * listed, when new), hashed over the newest content of each of its scenarios.
 */
async function nextModuleVersion(
  tx: Prisma.TransactionClient,
  moduleId: string,
  scenarioId: string,
  scenarioHash: string,
): Promise<{ definition: ModuleDefinition; source: string; contentHash: string }> {
  const latest = await tx.moduleVersion.findFirst({ where: { moduleId }, orderBy: { publishedAt: 'desc' }, select: { source: true } });
  if (!latest?.source) throw new AppError('CONFLICT', `The module "${moduleId}" has no published module.yaml text to add a version to; publish it from files first.`);
  const highest = await tx.moduleVersion.aggregate({ where: { moduleId }, _max: { version: true } });
  const version = (highest._max.version ?? 0) + 1;
  let source = latest.source;
  const listed = compileModule({ source, file: 'module.yaml' }).definition?.scenarios ?? [];
  if (!listed.includes(scenarioId)) {
    const added = withScenarioListed(source, scenarioId);
    if (!added) throw new AppError('CONFLICT', `The module "${moduleId}" has no \`scenarios:\` list to add "${scenarioId}" to; nothing was published.`);
    source = added;
  }
  source = withVersion(source, version, { frontmatter: false });
  const { definition, diagnostics } = compileModule({ source, file: 'module.yaml' });
  if (!definition) {
    throw new AppError('VALIDATION', `The module's new version does not compile; nothing was published:\n${listDiagnostics(diagnostics)}`);
  }
  const hashes: Array<{ contentHash: string }> = [];
  for (const id of definition.scenarios) {
    const newest =
      id === scenarioId
        ? { contentHash: scenarioHash }
        : await tx.scenarioVersion.findFirst({ where: { scenarioId: id }, orderBy: { publishedAt: 'desc' }, select: { contentHash: true } });
    if (!newest) throw new AppError('CONFLICT', `The module lists "${id}", which has never been published; nothing was published.`);
    hashes.push(newest);
  }
  return { definition, source, contentHash: moduleContentHash(definition, hashes) };
}
