'use client';

import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/status-message';
import { ScrollRegion } from '@/components/ui/table-scroll';
import type { Rating } from '@/lib/scenario/definition';
import type { BranchGraph } from '@/lib/studio/branch-map/build-branch-map';
import { ENDING_COPIES_ABOVE, NODE_HEIGHT, NODE_WIDTH, type BranchLayout, type PlacedEdge, type PlacedNode } from '@/lib/studio/branch-map/layout-branch-map';
import { branchMapSummary } from './branch-map-summary';
import { mapWordsAt, zoomReadout, type MapWords } from './branch-map-words';
import { useBranchMapLayout } from './use-branch-map-layout';

/** Decision insight for one choice, keyed `${sceneId}:${choiceId}`: a label and a share from 0 to 1. */
export type BranchOverlay = Record<string, { label: string; weight: number }>;

export interface BranchMapProps {
  graph: BranchGraph;
  /** Moves the editor to a node's source line; without it (no editor on the page) nodes are not buttons. */
  onSelect?: (line: number) => void;
  /** Decision insight on the choices (lib/insight/branch-overlay.ts), with the rule behind hidden cells. */
  overlay?: BranchOverlay;
  /** How many learners a cell needs before it is shown; said in the key when there is an overlay. */
  minLearners?: number;
}

/** Fill and outline per rating, with the words that say the same (never colour alone). */
const RATING_STYLE: Record<Rating, { classes: string; words: string }> = {
  best: { classes: 'fill-emerald-50 stroke-emerald-700 dark:fill-emerald-950 dark:stroke-emerald-300', words: 'best' },
  good: { classes: 'fill-sky-50 stroke-sky-700 dark:fill-sky-950 dark:stroke-sky-300', words: 'good' },
  poor: { classes: 'fill-amber-50 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-300', words: 'poor' },
  serious: { classes: 'fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-300', words: 'serious' },
};
const SCENE_CLASSES = 'fill-white stroke-slate-600 dark:fill-slate-900 dark:stroke-slate-300';
const PROBLEM_CLASSES = 'fill-white stroke-red-700 dark:fill-slate-900 dark:stroke-red-300';
const ZOOMS = [0.25, 0.5, 0.75, 1, 1.25] as const;
/** Map units between a node's box and its focus ring. */
const FOCUS_GAP = 6;
/** The zoom a map opens at: maps of more than OVERVIEW_ABOVE scenes open at 50 %, as an overview. */
const OVERVIEW_ABOVE = 60;
function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The problems and role of a node, as words for its second line and its accessible name. */
function nodeNotes(node: PlacedNode): string[] {
  return [
    ...(node.start ? ['start'] : []),
    ...(node.kind === 'ending' ? [node.rating ? `ending, ${RATING_STYLE[node.rating].words}` : 'ending'] : []),
    ...(node.unreachable ? ['unreachable'] : []),
    ...(node.trap ? ['trap'] : []),
  ];
}

function pathOf(edge: PlacedEdge): string {
  return edge.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
}

function edgeClasses(edge: PlacedEdge): string {
  if (edge.loop) return 'stroke-red-700 dark:stroke-red-300';
  if (edge.kind === 'fail') return 'stroke-amber-700 dark:stroke-amber-300';
  if (edge.kind === 'pass') return 'stroke-emerald-700 dark:stroke-emerald-300';
  return 'stroke-slate-500 dark:stroke-slate-400';
}

/** Says which node's full label to show above the drawing (null: none), as the pointer or focus reaches or leaves a node. */
type ShowLabel = (label: string | null) => void;

function MapNode({ node, onSelect, words, onShow }: { node: PlacedNode; onSelect: ((line: number) => void) | undefined; words: MapWords | null; onShow: ShowLabel | undefined }) {
  const notes = nodeNotes(node);
  const problem = node.unreachable || node.trap;
  const classes = problem ? PROBLEM_CLASSES : node.kind === 'ending' && node.rating ? RATING_STYLE[node.rating].classes : SCENE_CLASSES;
  // What the box draws at this zoom (`mapWordsAt`); its accessible name starts with the same words.
  const heading = words ? shorten(node.title ?? node.id, words.headingCharacters) : '';
  const detail = words && words.detailCharacters > 0 ? shorten(notes.length ? notes.join(' · ') : node.id, words.detailCharacters) : '';
  const full = `${node.kind === 'ending' ? 'Ending' : 'Scene'} ${node.id}${node.title ? `: ${node.title}` : ''}${notes.length ? ` (${notes.join(', ')})` : ''}, line ${node.line}`;
  // A box holds 26 characters at 100 % and fewer further out, so a long title is cut: its whole
  // label is shown above the drawing on hover and focus, and is its name (a button's aria-label,
  // else its <title>, which is also a tooltip).
  const reveal = {
    onMouseEnter: () => onShow?.(full),
    onMouseLeave: () => onShow?.(null),
    onFocus: () => onShow?.(full),
    onBlur: () => onShow?.(null),
  };
  const box = (
    <>
      <rect
        x={node.x}
        y={node.y}
        width={NODE_WIDTH}
        height={NODE_HEIGHT}
        rx={node.kind === 'ending' ? 24 : 6}
        className={classes}
        strokeWidth={node.start || problem ? 3 : 1.5}
        strokeDasharray={node.unreachable ? '6 4' : undefined}
      />
      {/* One text with a space between the lines, so its words read as the start of the button's name. */}
      {words ? (
        <text>
          <tspan x={node.x + 10} y={node.y + words.headingBaseline} fontSize={words.headingSize} className="fill-slate-900 font-semibold dark:fill-slate-50">
            {heading}
          </tspan>
          {detail ? (
            <>
              {' '}
              <tspan
                x={node.x + 10}
                y={node.y + words.detailBaseline}
                fontSize={words.detailSize}
                className={problem ? 'fill-red-800 font-semibold dark:fill-red-200' : 'fill-slate-700 dark:fill-slate-200'}
              >
                {detail}
              </tspan>
            </>
          ) : null}
        </text>
      ) : null}
    </>
  );
  if (!onSelect)
    return (
      <g {...reveal}>
        <title>{full}</title>
        {box}
      </g>
    );
  return (
    <g
      role="button"
      tabIndex={0}
      // Starts with the words drawn in the box, so speech users can say what they see (WCAG 2.5.3).
      aria-label={`${heading ? `${[heading, detail].filter(Boolean).join(' ')}. ` : ''}${full}. Show in the editor`}
      className="cursor-pointer focus-visible:outline-none [&:focus-visible_rect]:stroke-sky-700 [&:focus-visible_rect]:stroke-[4] dark:[&:focus-visible_rect]:stroke-sky-300 [&:focus-visible>[data-focus-ring]]:visible"
      {...reveal}
      // The map scrolls inside its own box: at 320 px a node reached by Tab could stay out of
      // sight in it (a user trial), so the focused node is brought into the box's view.
      onFocus={(event) => {
        reveal.onFocus();
        event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }}
      onClick={() => onSelect(node.line)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(node.line);
        }
      }}
    >
      {box}
      {/* The focus ring: a frame round the box, hidden until focus, 4 screen pixels at every zoom
          (its stroke does not scale). A thicker outline alone was under 1 px wide at 25 % and
          looked like nothing on a node already outlined in sky blue. */}
      <rect
        data-focus-ring=""
        x={node.x - FOCUS_GAP}
        y={node.y - FOCUS_GAP}
        width={NODE_WIDTH + 2 * FOCUS_GAP}
        height={NODE_HEIGHT + 2 * FOCUS_GAP}
        rx={node.kind === 'ending' ? 28 : 10}
        fill="none"
        vectorEffect="non-scaling-stroke"
        className="invisible"
      />
    </g>
  );
}

export interface BranchMapDrawingProps {
  layout: BranchLayout;
  /** Scale of the drawing: 1 draws a node box NODE_WIDTH px wide. */
  zoom: number;
  /** The id of the element that names the drawing (the map's heading). */
  labelledBy: string;
  onSelect: ((line: number) => void) | undefined;
  overlay: BranchOverlay | undefined;
  /** Called with a node's full label while it is hovered or focused, and null when it is left; must be stable (the drawing is memoised). */
  onShow?: ShowLabel;
}

/**
 * The laid-out map as SVG: the lines (thick and labelled by the insight overlay when there is
 * one), then the nodes on top. Only draws; the layout comes from the layout worker. Memoised: a
 * 1,000-scene drawing is redrawn only when its layout, zoom or overlay changes, not on every
 * keystroke that re-renders the workbench around it.
 */
export const BranchMapDrawing = memo(function BranchMapDrawing({ layout, zoom, labelledBy, onSelect, overlay, onShow }: BranchMapDrawingProps) {
  const id = useId();
  const words = mapWordsAt(zoom);
  // useId's characters are not all valid in url(#…), which the arrow marker is referenced by.
  const markerId = `${id.replace(/[^A-Za-z0-9_-]/g, '')}-arrow`;
  return (
    <svg
      width={Math.max(1, layout.width * zoom)}
      height={Math.max(1, layout.height * zoom)}
      viewBox={`0 0 ${Math.max(1, layout.width)} ${Math.max(1, layout.height)}`}
      aria-labelledby={labelledBy}
      role="group"
    >
      <defs>
        {/* Sized in map units, so an arrowhead stays small on a line drawn thick by the insight overlay. */}
        <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="fill-slate-500 dark:fill-slate-400" />
        </marker>
      </defs>
      {layout.edges.map((edge) => {
        const insight = edge.overlayKey ? overlay?.[edge.overlayKey] : undefined;
        const middle = edge.points[Math.floor(edge.points.length / 2)];
        const label = insight ? insight.label : edge.kind === 'choice' ? '' : edge.kind === 'route' ? '' : edge.label;
        return (
          <g key={edge.key}>
            <title>{`${edge.from} → ${edge.to}: ${edge.label}${insight ? ` (${insight.label})` : ''}`}</title>
            <path
              d={pathOf(edge)}
              fill="none"
              className={edgeClasses(edge)}
              strokeWidth={insight ? 1 + Math.min(Math.max(insight.weight, 0), 1) * 9 : 1.5}
              strokeDasharray={edge.kind === 'route' ? '5 4' : undefined}
              markerEnd={`url(#${markerId})`}
            />
            {/* 12 px or more on screen, on a halo of the map's background (the stroke painted under the fill), so a line crossing it does not cut the words. */}
            {words && label && middle ? (
              <text
                x={middle.x + 6}
                y={middle.y}
                fontSize={words.edgeSize}
                strokeWidth={4 * (words.edgeSize / 12)}
                strokeLinejoin="round"
                className="fill-slate-800 stroke-slate-50 [paint-order:stroke] dark:fill-slate-100 dark:stroke-slate-950"
              >
                {shorten(label, words.edgeCharacters)}
              </text>
            ) : null}
          </g>
        );
      })}
      {layout.nodes.map((node) => (
        <MapNode key={node.key} node={node} onSelect={onSelect} words={words} onShow={onShow} />
      ))}
    </svg>
  );
});

/**
 * The draft's branch map: scenes and endings laid out by dagre and drawn as SVG, endings coloured
 * and labelled by rating, unreachable scenes (dashed) and traps marked from the compiler's
 * analysis. Each node is a button that moves the editor to its source line. The map scrolls
 * inside its frame and zooms, and is laid out in a Web Worker (the last layout stays on screen,
 * with "Laying out…", until the newest is ready; a failure is said with a retry), so large
 * scenarios stay usable; choice edges can carry the decision-insight overlay (thickness and label
 * by share, the rule for hidden cells in the key).
 */
export function BranchMap({ graph, onSelect, overlay, minLearners }: BranchMapProps) {
  const id = useId();
  const { state, retry } = useBranchMapLayout(graph);
  // The workbench passes a new function on every render; a stable one keeps the drawing memoised.
  const latestSelect = useRef(onSelect);
  useEffect(() => {
    latestSelect.current = onSelect;
  });
  const select = useCallback((line: number) => latestSelect.current?.(line), []);
  const [shown, setShown] = useState<string | null>(null);
  const [zoomIndex, setZoomIndex] = useState(() => ZOOMS.indexOf(graph.nodes.length > OVERVIEW_ABOVE ? 0.5 : 1));
  const zoom = ZOOMS[zoomIndex]!;
  const problems = graph.nodes.filter((node) => node.unreachable || node.trap).length;
  const scenes = graph.nodes.filter((node) => node.kind === 'scene').length;

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-bold">
        Branch map
      </h2>
      <p className="text-sm">
        {branchMapSummary({ scenes, endings: graph.nodes.length - scenes, ways: graph.edges.length, problems })}.
        {scenes > ENDING_COPIES_ABOVE ? ' Each ending is drawn beside every scene that leads to it, so no line crosses the whole map.' : ''}
        {onSelect ? ' Select a scene or ending to show it in the editor.' : ''}
      </p>
      {overlay ? (
        <p className="text-sm">
          Each choice’s line is as thick as the share of learners who chose it, and labelled with that share.
          {minLearners ? ` Hidden: fewer than ${minLearners} learners (a share drawn from fewer is not shown, and its line is thin).` : ''}
        </p>
      ) : null}
      <ul aria-label="Key" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {(Object.keys(RATING_STYLE) as Rating[]).map((rating) => (
          <li key={rating} className="flex items-center gap-2">
            <svg aria-hidden="true" width="18" height="14">
              <rect x="1" y="1" width="16" height="12" rx="6" strokeWidth="2" className={RATING_STYLE[rating].classes} />
            </svg>
            Ending rated {rating}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" width="18" height="14">
            <rect x="1" y="1" width="16" height="12" strokeWidth="2" strokeDasharray="4 2" className="fill-white stroke-red-700 dark:fill-slate-900 dark:stroke-red-300" />
          </svg>
          Unreachable (dashed red, says “unreachable”)
        </li>
        <li>Thick red outline: trap, says “trap”</li>
        <li>Thick outline: start</li>
      </ul>
      <div className="flex items-center gap-2">
        <Button variant="secondary" aria-label="Zoom out" disabled={zoomIndex === 0} onClick={() => setZoomIndex((index) => Math.max(0, index - 1))}>
          −
        </Button>
        <span aria-live="polite" className="whitespace-nowrap">
          {zoomReadout(zoom)}
        </span>
        <Button variant="secondary" aria-label="Zoom in" disabled={zoomIndex === ZOOMS.length - 1} onClick={() => setZoomIndex((index) => Math.min(ZOOMS.length - 1, index + 1))}>
          +
        </Button>
      </div>
      {/* Always present, so the change to "Laying out…" and back is announced. */}
      <p role="status" className="text-sm">
        {state.status === 'laying-out' ? 'Laying out…' : ''}
      </p>
      {state.status === 'failed' ? (
        <div className="space-y-2">
          <ErrorMessage>
            The map could not be laid out: {state.message}.{state.layout ? ' The drawing below is of an earlier text.' : ''}
          </ErrorMessage>
          <Button variant="secondary" onClick={retry}>
            Try the layout again
          </Button>
        </div>
      ) : null}
      {state.layout ? (
        <>
          {/* The whole label of the node under the pointer or focus, where a cut one can be read in full (a user trial at 320 px, issue 18); its height is kept so the map does not jump. */}
          <p className="min-h-10 text-sm break-words">{shown ?? (onSelect ? 'Point at or focus a scene or ending to read its whole label here.' : 'Point at a scene or ending to read its whole label here.')}</p>
          <ScrollRegion
            label="Branch map drawing (scrolls)"
            hint="Scroll sideways for more of the map"
            boxClassName="max-h-[70vh] overflow-auto rounded-lg border border-slate-300 bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-700 dark:border-slate-600 dark:bg-slate-950 dark:focus-visible:outline-sky-300"
          >
            <BranchMapDrawing layout={state.layout} zoom={zoom} labelledBy={`${id}-heading`} onSelect={onSelect ? select : undefined} overlay={overlay} onShow={setShown} />
          </ScrollRegion>
        </>
      ) : null}
    </section>
  );
}
