import type { SceneDefinition } from '../definition';

/**
 * W104: across a scenario, the best-scoring choice is also the longest label in most decisions.
 * Learners learn that tell quickly ("pick the most careful-sounding answer"), which makes the
 * scenario a test of reading length, not judgement. Counted over the scenes that offer choices
 * with one best (highest `points`) choice; a tell is a scene whose best choice's label is strictly
 * longer than every other label. Warns when tells are at least 2 and more than half of those
 * scenes. Returns the warning's message, or undefined when there is nothing to say.
 */
export function bestChoiceLongestWarning(scenes: readonly SceneDefinition[]): string | undefined {
  let decisions = 0;
  const tells: string[] = [];
  for (const scene of scenes) {
    if (scene.decision.kind !== 'choices' || scene.decision.choices.length < 2) continue;
    const choices = scene.decision.choices;
    const top = Math.max(...choices.map((choice) => choice.effects.points));
    const best = choices.filter((choice) => choice.effects.points === top);
    if (best.length !== 1) continue;
    decisions += 1;
    const bestLength = best[0]!.labelText.length;
    if (choices.every((choice) => choice === best[0] || choice.labelText.length < bestLength)) tells.push(scene.id);
  }
  if (tells.length < 2 || tells.length * 2 <= decisions) return undefined;
  return (
    `in ${tells.length} of ${decisions} decisions the best choice is also the longest label (${tells.map((id) => `"${id}"`).join(', ')}), ` +
    'so length gives the answer away: make a weaker choice as specific as the best one, or the best one shorter'
  );
}
