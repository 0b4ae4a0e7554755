import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';
import { compileModule } from '@/lib/scenario/compile-module';
import { readModuleDraft } from '@/lib/server/studio/read-module-draft';

/**
 * The module draft for a studio page, with the checks publishing would run on its latest text
 * (compileModule against the module's published scenarios), or the 404 page when it is missing or
 * this user may not see it.
 */
export async function loadModuleDraft(userId: string, draftId: string) {
  try {
    const draft = await readModuleDraft({ userId, draftId });
    const { diagnostics } = compileModule({
      source: draft.latest.source,
      file: `${draft.moduleId}/module.yaml`,
      scenarioIds: draft.scenarios.map((scenario) => scenario.id),
    });
    return { ...draft, diagnostics };
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  }
}
