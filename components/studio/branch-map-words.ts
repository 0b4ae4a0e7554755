import { NODE_HEIGHT } from '@/lib/studio/branch-map/layout-branch-map';

/** The smallest text the app draws, in CSS px (Tailwind's text-xs): no word on the map is drawn smaller. */
export const MIN_TEXT_PX = 12;

/** Font sizes at 100 %, in map units (= CSS px at 100 %): a node's heading, its second line, a line's label. */
const HEADING_SIZE = 13;
const DETAIL_SIZE = 12;
const EDGE_SIZE = 12;
/** Characters that fit a node's width (NODE_WIDTH less its insets) at 100 %, and a line label's. */
const HEADING_CHARACTERS = 26;
const DETAIL_CHARACTERS = 30;
const EDGE_CHARACTERS = 24;
/** Fewer characters than this and a cut label says too little to be worth drawing. */
const FEWEST_CHARACTERS = 8;
/** A line of text takes 1.2 times its font size; the box keeps 6 units above and below its words. */
const LINE_HEIGHT = 1.2;
const BOX_PADDING = 6;
/** The baseline sits this far into a line box (Inter's ascent at a 1.2 line height, near enough). */
const BASELINE_IN_LINE = 0.95;

/** How a node's and a line's words are drawn at one zoom; sizes and offsets in map units. */
export interface MapWords {
  headingSize: number;
  detailSize: number;
  edgeSize: number;
  headingCharacters: number;
  /** 0 when the second line does not fit the box at this size: only the heading is drawn. */
  detailCharacters: number;
  edgeCharacters: number;
  /** Baselines, from the top of the node's box. */
  headingBaseline: number;
  detailBaseline: number;
}

/**
 * The words the branch map draws at `zoom` (1 = 100 %), or null when none is worth drawing. Rule
 * (ADR 011, 016 addenda): no word is drawn under MIN_TEXT_PX on screen, so below 100 % every font
 * is enlarged in map units by 1/zoom (drawn size = font size × zoom, never under 12 px) and each
 * label is cut to the characters that still fit its box at that size; the second line is left out
 * once the two no longer fit the box's height, and all words once the heading would keep fewer than
 * FEWEST_CHARACTERS. So a small map keeps readable names a step or two out (75 %: both lines, 50 %:
 * the names), where a fixed "under 100 % hides every word" left a 5-scene map blank at 75 %.
 */
export function mapWordsAt(zoom: number): MapWords | null {
  const scale = Math.max(1, MIN_TEXT_PX / (Math.min(HEADING_SIZE, DETAIL_SIZE, EDGE_SIZE) * zoom));
  const headingSize = HEADING_SIZE * scale;
  const detailSize = DETAIL_SIZE * scale;
  const headingCharacters = Math.floor(HEADING_CHARACTERS / scale);
  const room = NODE_HEIGHT - 2 * BOX_PADDING;
  const headingLine = headingSize * LINE_HEIGHT;
  const detailLine = detailSize * LINE_HEIGHT;
  if (headingCharacters < FEWEST_CHARACTERS || headingLine > room) return null;
  const twoLines = headingLine + detailLine <= room;
  // The words are centred in the box's height.
  const top = (NODE_HEIGHT - (twoLines ? headingLine + detailLine : headingLine)) / 2;
  return {
    headingSize,
    detailSize,
    edgeSize: EDGE_SIZE * scale,
    headingCharacters,
    detailCharacters: twoLines ? Math.floor(DETAIL_CHARACTERS / scale) : 0,
    edgeCharacters: Math.floor(EDGE_CHARACTERS / scale),
    headingBaseline: top + headingLine * BASELINE_IN_LINE,
    detailBaseline: top + headingLine + detailLine * BASELINE_IN_LINE,
  };
}

/**
 * The zoom readout's words: the zoom with a no-break space before "%" (so "100 %" never splits),
 * and what the drawing leaves out there, short enough for a 320 px screen beside the two buttons.
 */
export function zoomReadout(zoom: number): string {
  const percent = `${Math.round(zoom * 100)}\u00a0%`;
  const words = mapWordsAt(zoom);
  if (!words) return `${percent}, no words`;
  return words.detailCharacters === 0 ? `${percent}, names only` : percent;
}
