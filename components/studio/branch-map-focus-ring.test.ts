import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BranchLayout } from '@/lib/studio/branch-map/layout-branch-map';
import { BranchMapDrawing } from './branch-map';

const layout: BranchLayout = {
  width: 600,
  height: 300,
  nodes: [
    { key: 'a', id: 'a', kind: 'scene', title: 'Start', line: 3, start: true, unreachable: false, trap: false, x: 20, y: 20 },
    { key: 'b', id: 'b', kind: 'ending', rating: 'good', title: 'End', line: 9, start: false, unreachable: false, trap: false, x: 320, y: 200 },
  ],
  edges: [],
};

/**
 * Each node button of the branch map carries its own focus ring: a frame shown only on
 * focus-visible whose stroke does not scale with the zoom, so it stays 4 screen pixels wide at
 * 25 % (the thicker outline alone was under 1 px there, and looked like nothing on a node already
 * outlined in sky blue: a trial user at 320 px lost the focus). The e2e spec
 * tests/e2e/studio/branch-map-focus.spec.ts checks it in the browser, with the scrolling.
 */
describe('branch map focus ring', () => {
  it('draws a hidden, non-scaling frame in every selectable node, shown on focus-visible', () => {
    for (const zoom of [0.25, 1]) {
      const html = renderToStaticMarkup(createElement(BranchMapDrawing, { layout, zoom, labelledBy: 'map', onSelect: () => {}, overlay: undefined }));
      const buttons = html.match(/<g role="button"[^>]*>/g) ?? [];
      expect(buttons).toHaveLength(2);
      for (const button of buttons) expect(button).toContain('[&amp;:focus-visible&gt;[data-focus-ring]]:visible');
      const rings = html.match(/<rect data-focus-ring=""[^>]*>/g) ?? [];
      expect(rings).toHaveLength(2);
      for (const ring of rings) {
        expect(ring).toContain('vector-effect="non-scaling-stroke"');
        expect(ring).toContain('class="invisible"');
      }
    }
  });
});
