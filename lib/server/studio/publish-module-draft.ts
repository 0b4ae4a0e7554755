import 'server-only';
import { moduleContentHash } from '@/lib/content/module-content-hash';
import { AppError } from '@/lib/errors';
import { canonicalJson } from '@/lib/json/canonical-json';
import { compileModule } from '@/lib/scenario/compile-module';
import type { Diagnostic } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';
import { moduleFieldsSchema } from '@/lib/studio/modules/module-fields';
import { withVersion } from '@/lib/studio/source-version';
import { requireStudioRole } from './studio-access';

/** What publishing a module draft created. */
export interface PublishedModuleDraft {
  moduleId: string;
  moduleVersion: number;
}

/**
 * Publishes the module.yaml revision a reviewer approved as the module's next version (ADR 018).
 * The server assigns the number (highest published + 1) and writes it into the stored text. Runs
 * the checks publishing from files runs on a module.yaml (compileModule: every field, the id equal
 * to the module's, every listed scenario published in this module) and the certificates' hours rule,
 * and refuses on any error, publishing nothing. Scenario order follows the new list. Attempts and
 * certificates already started keep the versions they point at; new ones take this version.
 * Refuses (CONFLICT) a draft that started from an older version than the latest, which it would undo.
 * Records the approved revision's author and the approving reviewer. Studio roles only.
 * Throws FORBIDDEN, NOT_FOUND, CONFLICT or VALIDATION (with every problem listed).
 */
export async function publishModuleDraft(options: { userId: string; draftId: string }): Promise<PublishedModuleDraft> {
  const { userId, draftId } = options;
  return db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action: 'studio.publish' });
    const draft = await tx.scenarioDraft.findFirst({
      where: { id: draftId, kind: 'module', status: 'approved', approvedRevision: { not: null } },
      select: { moduleId: true, approvedRevision: true, approvedById: true },
    });
    if (!draft?.approvedRevision) {
      const exists = await tx.scenarioDraft.count({ where: { id: draftId, kind: 'module' } });
      throw exists === 0 ? new AppError('NOT_FOUND', 'There is no such module draft.') : new AppError('CONFLICT', 'Only a module draft a reviewer has approved can be published.');
    }
    const revision = await tx.draftRevision.findUniqueOrThrow({
      where: { draftId_number: { draftId, number: draft.approvedRevision } },
      select: { source: true, authorId: true },
    });
    const highest = await tx.moduleVersion.aggregate({ where: { moduleId: draft.moduleId }, _max: { version: true } });
    const latest = highest._max.version ?? 0;
    // The draft's text still carries the version it started from (the form never edits it). Publishing
    // it over a newer version, e.g. one a scenario publish added itself to, would silently undo that.
    const base = compileModule({ source: revision.source, file: 'module.yaml' }).definition?.version;
    if (base !== undefined && base < latest) {
      throw new AppError('CONFLICT', `Module version ${latest} was published after this draft started from version ${base}; nothing was published. Start a new draft from version ${latest} and make these changes there (the diff on this page lists them).`);
    }
    const version = latest + 1;
    const source = withVersion(revision.source, version, { frontmatter: false });
    const published = await tx.scenario.findMany({ where: { moduleId: draft.moduleId, versions: { some: {} } }, select: { id: true } });
    // Named as the module's own file, so compileModule also checks the id is this module's.
    const { definition, diagnostics } = compileModule({ source, file: `${draft.moduleId}/module.yaml`, scenarioIds: published.map((scenario) => scenario.id) });
    if (!definition) throw new AppError('VALIDATION', `The module does not pass its checks; nothing was published:\n${listDiagnostics(diagnostics)}`);
    const hours = moduleFieldsSchema.shape.hours.safeParse(definition.hours);
    if (!hours.success) throw new AppError('VALIDATION', `The module does not pass its checks; nothing was published:\nhours: ${hours.error.issues[0]?.message}`);

    const hashes: Array<{ contentHash: string }> = [];
    for (const scenarioId of definition.scenarios) {
      hashes.push(
        await tx.scenarioVersion.findFirstOrThrow({
          where: { scenarioId },
          orderBy: [{ publishedAt: 'desc' }, { version: 'desc' }],
          select: { contentHash: true },
        }),
      );
    }
    await tx.cpdModule.update({ where: { id: draft.moduleId }, data: { title: definition.title }, select: { id: true } });
    for (const [position, scenarioId] of definition.scenarios.entries()) {
      await tx.scenario.update({ where: { id: scenarioId }, data: { position }, select: { id: true } });
    }
    await tx.moduleVersion.create({
      data: {
        moduleId: draft.moduleId,
        version,
        contentHash: moduleContentHash(definition, hashes),
        definitionJson: canonicalJson(definition),
        source,
        authorId: revision.authorId,
        reviewerId: draft.approvedById,
      },
      select: { id: true },
    });
    const moved = await tx.scenarioDraft.updateMany({ where: { id: draftId, status: 'approved' }, data: { status: 'published' } });
    if (moved.count === 0) throw new AppError('CONFLICT', 'The draft changed while it was being published; nothing was published.');
    await tx.draftComment.create({ data: { draftId, kind: 'published', text: `Published as module version ${version}.`, authorId: userId }, select: { id: true } });
    return { moduleId: draft.moduleId, moduleVersion: version };
  });
}

function listDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.code} ${diagnostic.message}`)
    .join('\n');
}
