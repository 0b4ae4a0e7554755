import 'server-only';
import { compileModule } from '@/lib/scenario/compile-module';
import { readModuleDraft } from '@/lib/server/studio/read-module-draft';
import { orNotFound } from '../../../or-not-found';

/**
 * The module draft for a studio page, with the checks publishing would run on its latest text
 * (compileModule against the module's published scenarios), or the 404 page when it is missing or
 * this user may not see it.
 */
export async function loadModuleDraft(userId: string, draftId: string) {
  const draft = await orNotFound(readModuleDraft({ userId, draftId }));
  const { diagnostics } = compileModule({
    source: draft.latest.source,
    file: `${draft.moduleId}/module.yaml`,
    scenarioIds: draft.scenarios.map((scenario) => scenario.id),
  });
  return { ...draft, diagnostics };
}
