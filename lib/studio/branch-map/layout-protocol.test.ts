import { describe, expect, it } from 'vitest';
import type { BranchGraph } from './build-branch-map';
import { layoutBranchGraph } from './layout-branch-map';
import { answerLayoutRequest, LayoutQueue, type LayoutRequest, type LayoutState } from './layout-protocol';

function graphOf(...ids: string[]): BranchGraph {
  return {
    nodes: ids.map((id, index) => ({ id, kind: 'scene' as const, line: index + 1, start: index === 0, unreachable: false, trap: false })),
    edges: ids.slice(1).map((id, index) => ({ key: `e${index}`, from: ids[index]!, to: id, kind: 'choice' as const, label: 'On', line: index + 1, loop: false })),
  };
}

/** A queue whose worker is the real `answerLayoutRequest`, answered only when the test says so. */
function queueWithWorker() {
  const sent: LayoutRequest[] = [];
  const published: LayoutState[] = [];
  const queue = new LayoutQueue({ send: (request) => sent.push(request), publish: (state) => published.push(state) });
  const answer = (request: LayoutRequest) => queue.receive(answerLayoutRequest(request));
  return { queue, sent, published, answer, last: () => published.at(-1)! };
}

describe('answerLayoutRequest (the worker)', () => {
  it('answers with the same id and the layout dagre gives on the main thread', () => {
    const graph = graphOf('a', 'b', 'c');
    const reply = answerLayoutRequest({ type: 'layout', id: 7, graph });
    expect(reply).toMatchObject({ id: 7, ok: true, layout: layoutBranchGraph(graph) });
  });

  it('answers a graph it cannot lay out with the reason, never throwing', () => {
    const broken = { nodes: undefined, edges: [] } as unknown as BranchGraph;
    const reply = answerLayoutRequest({ type: 'layout', id: 3, graph: broken });
    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({ id: 3, message: expect.stringMatching(/\S/) });
  });
});

describe('LayoutQueue (the page)', () => {
  it('says "laying out" at once, then shows the layout', () => {
    const { queue, sent, answer, published } = queueWithWorker();
    queue.layout(graphOf('a', 'b'));
    expect(published).toEqual([{ status: 'laying-out', layout: undefined }]);
    answer(sent[0]!);
    expect(published.at(-1)).toMatchObject({ status: 'ready', layout: { nodes: [{ id: 'a' }, { id: 'b' }] } });
  });

  it('runs one layout at a time, then only the newest of the graphs given meanwhile, and never shows a stale one', () => {
    const { queue, sent, answer, published } = queueWithWorker();
    queue.layout(graphOf('first'));
    queue.layout(graphOf('second'));
    queue.layout(graphOf('third'));
    expect(sent.map((request) => request.graph.nodes[0]!.id)).toEqual(['first']);
    answer(sent[0]!);
    expect(sent.map((request) => request.graph.nodes[0]!.id)).toEqual(['first', 'third']);
    expect(published.filter((state) => state.status === 'ready')).toEqual([]);
    answer(sent[1]!);
    const ready = published.filter((state) => state.status === 'ready');
    expect(ready).toHaveLength(1);
    expect(ready[0]!.layout.nodes.map((node) => node.id)).toEqual(['third']);
  });

  it('ignores a reply to a request it did not send or has moved past', () => {
    const { queue, sent, answer, published, last } = queueWithWorker();
    queue.layout(graphOf('a'));
    answer(sent[0]!);
    const shown = published.length;
    answer(sent[0]!);
    answer({ type: 'layout', id: 99, graph: graphOf('z') });
    expect(published).toHaveLength(shown);
    expect(last()).toMatchObject({ status: 'ready', layout: { nodes: [{ id: 'a' }] } });
  });

  it('keeps the last layout on screen while the next is laid out', () => {
    const { queue, sent, answer, last } = queueWithWorker();
    queue.layout(graphOf('a'));
    answer(sent[0]!);
    queue.layout(graphOf('b'));
    expect(last()).toMatchObject({ status: 'laying-out', layout: { nodes: [{ id: 'a' }] } });
  });

  it('reports the worker’s failure with its reason, and a retry lays out the newest graph again', () => {
    const { queue, sent, answer, last } = queueWithWorker();
    queue.layout({ nodes: undefined, edges: [] } as unknown as BranchGraph);
    answer(sent[0]!);
    expect(last()).toMatchObject({ status: 'failed', layout: undefined, message: expect.stringMatching(/\S/) });
    queue.layout(graphOf('fixed'));
    answer(sent[1]!);
    expect(last()).toMatchObject({ status: 'ready', layout: { nodes: [{ id: 'fixed' }] } });
  });

  it('does not stay "laying out" when the worker dies: the failure is shown, and retry sends the newest graph to the new worker', () => {
    const { queue, sent, answer, last } = queueWithWorker();
    queue.layout(graphOf('a'));
    queue.layout(graphOf('b'));
    queue.fail('the layout worker stopped');
    expect(last()).toEqual({ status: 'failed', layout: undefined, message: 'the layout worker stopped' });
    // A late answer from the dead worker is not shown.
    answer(sent[0]!);
    expect(last().status).toBe('failed');
    queue.retry();
    expect(last()).toEqual({ status: 'laying-out', layout: undefined });
    expect(sent.at(-1)!.graph.nodes[0]!.id).toBe('b');
    answer(sent.at(-1)!);
    expect(last()).toMatchObject({ status: 'ready', layout: { nodes: [{ id: 'b' }] } });
  });

  it('lays out a graph given after a failure without waiting for a retry', () => {
    const { queue, sent, last } = queueWithWorker();
    queue.layout(graphOf('a'));
    queue.fail('the layout worker stopped');
    queue.layout(graphOf('b'));
    expect(last()).toEqual({ status: 'laying-out', layout: undefined });
    expect(sent.at(-1)!.graph.nodes[0]!.id).toBe('b');
  });
});
