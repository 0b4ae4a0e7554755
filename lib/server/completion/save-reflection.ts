import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { countWords } from '@/lib/text/count-words';
import { MIN_REFLECTION_WORDS } from './reflection-minimum';

/**
 * Saves (or replaces) the learner's private reflection on a module. Refuses a reflection under
 * the minimum length here as well as in the form, since the certificate depends on it.
 */
export async function saveReflection(options: { userId: string; moduleId: string; text: string }): Promise<{ words: number }> {
  const { userId, moduleId } = options;
  const text = options.text.trim();
  const words = countWords(text);
  if (words < MIN_REFLECTION_WORDS) {
    throw new AppError('VALIDATION', `Your reflection needs at least ${MIN_REFLECTION_WORDS} words; it has ${words}.`, { field: 'text' });
  }
  const exists = await db.cpdModule.findUnique({ where: { id: moduleId }, select: { id: true } });
  if (!exists) throw new AppError('NOT_FOUND', 'No such module.');
  await db.moduleReflection.upsert({
    where: { userId_moduleId: { userId, moduleId } },
    create: { userId, moduleId, text },
    update: { text },
    select: { id: true },
  });
  return { words };
}
