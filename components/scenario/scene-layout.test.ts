import { describe, expect, it } from 'vitest';
import type { BlockNode } from '@/lib/scenario/definition';
import { sceneRuns } from './scene-layout';

const text = (value: string): BlockNode => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const post: BlockNode = { type: 'component', name: 'Post', props: { author: 'Sam' }, children: [text('Hi')] };
const callout: BlockNode = { type: 'component', name: 'Callout', props: {}, children: [text('Careful')] };
const flag = { source: 'seen', expression: { kind: 'flag', name: 'seen' } } as const;

describe('scene runs', () => {
  it('keeps narration out of the device and groups what is on screen, in source order', () => {
    const runs = sceneRuns([text('You open the app.'), post, post, text('It has 40 likes.'), callout]);
    expect(runs.map((run) => [run.kind, run.blocks.length])).toEqual([
      ['narration', 1],
      ['screen', 2],
      ['narration', 2],
    ]);
  });

  it('puts a Show on screen only when it holds platform content', () => {
    const shownPost: BlockNode = { type: 'component', name: 'Show', props: {}, when: flag, children: [post] };
    const shownText: BlockNode = { type: 'component', name: 'Show', props: {}, when: flag, children: [text('Later')] };
    expect(sceneRuns([shownPost, shownText]).map((run) => run.kind)).toEqual(['screen', 'narration']);
  });

  it('gives an empty scene no runs, so no empty device is drawn', () => {
    expect(sceneRuns([])).toEqual([]);
  });
});
