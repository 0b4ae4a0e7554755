import { describe, expect, it } from 'vitest';
import { MIN_TEXT_PX, mapWordsAt, zoomReadout } from './branch-map-words';
import { NODE_HEIGHT } from '@/lib/studio/branch-map/layout-branch-map';

const ZOOMS = [0.25, 0.5, 0.75, 1, 1.25];

describe('mapWordsAt', () => {
  it('never draws a word under 12 px on screen, at any zoom it draws words at all', () => {
    for (const zoom of [...ZOOMS, 0.6, 0.9, 2]) {
      const words = mapWordsAt(zoom);
      if (!words) continue;
      for (const size of [words.headingSize, words.detailSize, words.edgeSize]) expect(size * zoom).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    }
  });

  it('keeps the words one and two steps out from 100 %: both lines at 75 %, the names at 50 %', () => {
    expect(mapWordsAt(0.75)).toMatchObject({ headingCharacters: 19, detailCharacters: 22 });
    expect(mapWordsAt(0.5)).toMatchObject({ headingCharacters: 13, detailCharacters: 0 });
  });

  it('draws no words where even the heading would be too short or too tall for its box', () => {
    expect(mapWordsAt(0.25)).toBeNull();
  });

  it('draws 100 % and above as before: 13 and 12 px, 26 and 30 characters, inside the box', () => {
    for (const zoom of [1, 1.25]) {
      const words = mapWordsAt(zoom)!;
      expect(words).toMatchObject({ headingSize: 13, detailSize: 12, headingCharacters: 26, detailCharacters: 30, edgeCharacters: 24 });
      expect(words.detailBaseline).toBeLessThan(NODE_HEIGHT);
      expect(words.headingBaseline).toBeGreaterThan(words.headingSize * 0.7);
    }
  });
});

describe('zoomReadout', () => {
  it('joins the number and “%” with a no-break space and says what is left out', () => {
    expect(ZOOMS.map(zoomReadout)).toEqual(['25\u00a0%, no words', '50\u00a0%, names only', '75\u00a0%', '100\u00a0%', '125\u00a0%']);
  });
});
