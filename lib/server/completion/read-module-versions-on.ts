import 'server-only';
import type { ModuleDefinition } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';

/** The module version a learner is on, as far as completion is concerned. */
export interface ModuleVersionOn {
  definition: ModuleDefinition;
  versionId: string;
}

/**
 * Which version of each module each learner is on: the version their certificate was issued
 * for when they hold one (what they completed does not change under them), otherwise the latest
 * published version. Two queries, whatever the number of learners. Returns a lookup that gives
 * undefined for a module with no published version.
 */
export async function readModuleVersionsOn(options: { userIds: readonly string[] }): Promise<(userId: string | undefined, moduleId: string) => ModuleVersionOn | undefined> {
  const [modules, certificates] = await Promise.all([
    db.cpdModule.findMany({
      select: { id: true, versions: { orderBy: [{ publishedAt: 'desc' }, { version: 'desc' }], take: 1, select: { id: true, definitionJson: true } } },
    }),
    options.userIds.length === 0
      ? Promise.resolve([])
      : db.certificate.findMany({
          where: { userId: { in: [...options.userIds] } },
          select: { userId: true, moduleId: true, moduleVersion: { select: { id: true, definitionJson: true } } },
        }),
  ]);
  const read = (version: { id: string; definitionJson: string }): ModuleVersionOn => ({
    versionId: version.id,
    definition: JSON.parse(version.definitionJson) as ModuleDefinition,
  });
  const latest = new Map(modules.flatMap((module) => (module.versions[0] ? [[module.id, read(module.versions[0])] as const] : [])));
  const certified = new Map(certificates.map((certificate) => [`${certificate.userId}\u0000${certificate.moduleId}`, read(certificate.moduleVersion)]));
  return (userId, moduleId) => (userId ? certified.get(`${userId}\u0000${moduleId}`) : undefined) ?? latest.get(moduleId);
}
