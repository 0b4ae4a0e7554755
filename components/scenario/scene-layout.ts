import type { BlockNode, ContentComponentName } from '@/lib/scenario/definition';

/**
 * The parts of a scene that happen on the platform (a post, a chat, a review…) and are drawn
 * inside the device; everything else (markdown, guidance, callouts) is narration and stands
 * outside it, so the learner can tell the story's voice from what is on the screen.
 */
const ON_SCREEN: ReadonlySet<ContentComponentName> = new Set(['Post', 'Photo', 'Chat', 'FriendRequest', 'Review', 'Forum', 'Profile', 'Email']);

/** Consecutive blocks that sit together: either narration or one device's screen. */
export interface SceneRun {
  kind: 'narration' | 'screen';
  blocks: BlockNode[];
}

/** Whether a block shows something on the platform; a `Show` does when anything inside it does. */
export function isOnScreen(block: BlockNode): boolean {
  if (block.type !== 'component') return false;
  if (block.name === 'Show') return block.children.some(isOnScreen);
  return ON_SCREEN.has(block.name);
}

/** Splits a scene's content into runs in source order; an empty scene has no runs. */
export function sceneRuns(blocks: readonly BlockNode[]): SceneRun[] {
  const runs: SceneRun[] = [];
  for (const block of blocks) {
    const kind = isOnScreen(block) ? 'screen' : 'narration';
    const last = runs.at(-1);
    if (last?.kind === kind) last.blocks.push(block);
    else runs.push({ kind, blocks: [block] });
  }
  return runs;
}
