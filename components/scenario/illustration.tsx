import type { ReactNode } from 'react';

/**
 * Drawn stand-ins for the photos in a scene: flat SVG compositions made here (nothing fetched,
 * no real person), chosen by what the author's `alt` text says the photo shows. The drawing is
 * decorative; the `alt` text is what describes the photo (see photo.tsx).
 */
export type IllustrationSubject = 'smile' | 'team' | 'clinic' | 'screenshot' | 'lab' | 'medicine' | 'child' | 'night-out' | 'cartoon' | 'scene';

/** First match wins, so the more specific subjects come first ("a meme of a patient's mouth" is a cartoon). */
const SUBJECT_WORDS: ReadonlyArray<[IllustrationSubject, RegExp]> = [
  ['cartoon', /\b(meme|cartoon|comic|drawing)\b/i],
  ['screenshot', /\b(screenshot|screen|monitor|message|list of names|spreadsheet|text message)s?\b/i],
  ['medicine', /\b(vial|syringe|medicine|injection|bottle|tablet|pill)s?\b/i],
  ['lab', /\b(lab|laboratory|bench|model|crown|impression|denture|bridge)s?\b/i],
  ['child', /\b(girl|boy|child|children|kid|school|uniform)s?\b/i],
  ['night-out', /\b(pub|cocktail|party|drink|bar|quiz)s?\b/i],
  ['team', /\b(team|staff|friends|colleagues|group|people|nurses)\b/i],
  ['smile', /\b(smile|smiles|smiling|teeth|tooth|mouth|whitening|veneers?)\b/i],
  ['clinic', /\b(surgery|clinic|room|chair|waiting|reception|practice)s?\b/i],
];

/** The subject a photo's description names, or a neutral picture when it names none we draw. */
export function illustrationSubject(alt: string): IllustrationSubject {
  return SUBJECT_WORDS.find(([, words]) => words.test(alt))?.[0] ?? 'scene';
}

/** Whether the description is of a before-and-after pair (drawn as two panels). */
export function isBeforeAfter(alt: string): boolean {
  return /\bbefore[- ]and[- ]after\b/i.test(alt);
}

const SKIN = 'fill-amber-200 dark:fill-amber-300';
const INK = 'fill-slate-700 dark:fill-slate-900';
const TUNIC = 'fill-teal-500 dark:fill-teal-600';

function Person({ x, y, scale = 1, shirt = TUNIC }: { x: number; y: number; scale?: number; shirt?: string }) {
  return (
    <g transform={`translate(${x} ${y}) scale(${scale})`}>
      <path d="M-22 60 q0 -34 22 -34 q22 0 22 34 z" className={shirt} />
      <circle cx="0" cy="8" r="14" className={SKIN} />
      <path d="M-14 4 q2 -16 14 -16 q12 0 14 16 q-6 -7 -14 -7 q-8 0 -14 7z" className={INK} />
      <path d="M-5 14 q5 5 10 0" className="fill-none stroke-slate-800 dark:stroke-slate-950" strokeWidth="1.6" strokeLinecap="round" />
    </g>
  );
}

function Smile({ dim = false }: { dim?: boolean }) {
  return (
    <g>
      <path d="M30 90 q70 -40 140 0 q-10 70 -70 72 q-60 -2 -70 -72z" className="fill-rose-400 dark:fill-rose-500" />
      <path d="M42 94 q58 -22 116 0 l-6 18 q-52 10 -104 0z" className={dim ? 'fill-amber-100' : 'fill-white'} />
      {[56, 76, 96, 116, 136].map((x) => (
        <path key={x} d={`M${x} 96 v14`} className="stroke-slate-300" strokeWidth="1.5" />
      ))}
      <path d="M58 128 q42 18 84 0 l-4 12 q-38 12 -76 0z" className={dim ? 'fill-amber-100' : 'fill-white'} />
    </g>
  );
}

const SUBJECTS: Record<IllustrationSubject, () => ReactNode> = {
  smile: () => <Smile />,
  team: () => (
    <g>
      <Person x={55} y={100} />
      <Person x={100} y={92} scale={1.1} shirt="fill-sky-500 dark:fill-sky-600" />
      <Person x={145} y={100} />
      <rect x="20" y="160" width="160" height="30" className="fill-slate-300 dark:fill-slate-600" />
    </g>
  ),
  clinic: () => (
    <g>
      <rect x="0" y="140" width="200" height="60" className="fill-slate-300 dark:fill-slate-600" />
      <rect x="130" y="30" width="50" height="36" rx="4" className="fill-sky-200 dark:fill-sky-800" />
      <path d="M40 140 v-30 h60 l30 -30 h14 l-30 40 h-20 v20z" className="fill-teal-500 dark:fill-teal-600" />
      <rect x="60" y="140" width="10" height="30" className="fill-slate-500" />
      <path d="M150 66 v40 M150 106 l-20 12" className="fill-none stroke-slate-500" strokeWidth="4" />
      <circle cx="130" cy="120" r="10" className="fill-amber-100 dark:fill-amber-200" />
    </g>
  ),
  screenshot: () => (
    <g>
      <rect x="55" y="15" width="90" height="170" rx="12" className="fill-slate-800 dark:fill-slate-900" />
      <rect x="62" y="30" width="76" height="140" rx="3" className="fill-white dark:fill-slate-200" />
      {[40, 62, 84, 106, 128, 150].map((y, index) => (
        <g key={y}>
          <circle cx="72" cy={y + 6} r="5" className="fill-slate-300" />
          <rect x="82" y={y + 2} width={index % 2 ? 40 : 50} height="4" rx="2" className="fill-slate-400" />
          <rect x="82" y={y + 9} width="28" height="3" rx="1.5" className="fill-slate-300" />
        </g>
      ))}
    </g>
  ),
  lab: () => (
    <g>
      <rect x="0" y="130" width="200" height="70" className="fill-stone-400 dark:fill-stone-600" />
      <path d="M50 130 q0 -40 50 -40 q50 0 50 40z" className="fill-rose-300 dark:fill-rose-400" />
      {[62, 78, 94, 110, 126].map((x) => (
        <rect key={x} x={x} y="98" width="13" height="18" rx="4" className="fill-white" />
      ))}
      <rect x="150" y="60" width="8" height="70" className="fill-slate-500" />
      <circle cx="154" cy="55" r="14" className="fill-amber-200 dark:fill-amber-300" />
    </g>
  ),
  medicine: () => (
    <g>
      <Person x={60} y={96} scale={1.2} shirt="fill-violet-400 dark:fill-violet-500" />
      <rect x="120" y="90" width="30" height="60" rx="5" className="fill-sky-100 stroke-slate-500" strokeWidth="2" />
      <rect x="120" y="110" width="30" height="18" className="fill-amber-300" />
      <rect x="126" y="80" width="18" height="10" className="fill-slate-500" />
      <path d="M160 160 l30 -50 M186 116 l8 -12" className="fill-none stroke-slate-500" strokeWidth="5" strokeLinecap="round" />
      <rect x="0" y="170" width="200" height="30" className="fill-slate-300 dark:fill-slate-600" />
    </g>
  ),
  child: () => (
    <g>
      <rect x="110" y="30" width="70" height="150" className="fill-red-800 dark:fill-red-900" />
      <rect x="160" y="90" width="14" height="14" className="fill-white" />
      <Person x={75} y={110} scale={0.9} shirt="fill-blue-800 dark:fill-blue-700" />
      <path d="M70 152 l5 -6 l5 6 l-5 6z" className="fill-amber-300" />
      <rect x="0" y="180" width="200" height="20" className="fill-slate-400 dark:fill-slate-600" />
    </g>
  ),
  'night-out': () => (
    <g>
      <rect x="0" y="0" width="200" height="200" className="fill-indigo-900 dark:fill-indigo-950" />
      {[25, 70, 130, 175].map((x) => (
        <circle key={x} cx={x} cy={30 + (x % 3) * 8} r="4" className="fill-amber-300" />
      ))}
      <Person x={60} y={100} />
      <Person x={140} y={100} shirt="fill-pink-500" />
      <path d="M95 120 l15 0 l-7.5 14z M102.5 134 v18" className="fill-sky-200 stroke-sky-200" strokeWidth="2" />
      <rect x="20" y="160" width="160" height="40" className="fill-amber-800" />
    </g>
  ),
  cartoon: () => (
    <g>
      <circle cx="100" cy="95" r="70" className="fill-amber-200 stroke-slate-800" strokeWidth="3" />
      <circle cx="75" cy="70" r="8" className="fill-slate-800" />
      <circle cx="125" cy="70" r="8" className="fill-slate-800" />
      <ellipse cx="100" cy="120" rx="36" ry="28" className="fill-rose-700 stroke-slate-800" strokeWidth="3" />
      <rect x="72" y="96" width="56" height="10" className="fill-white" />
      <rect x="10" y="172" width="180" height="22" rx="4" className="fill-white stroke-slate-800" strokeWidth="2" />
    </g>
  ),
  scene: () => (
    <g>
      <circle cx="150" cy="50" r="18" className="fill-amber-300" />
      <path d="M0 160 l60 -70 l40 45 l30 -30 l70 55 v40 h-200z" className="fill-emerald-600 dark:fill-emerald-700" />
    </g>
  ),
};

const BACKDROP: Record<IllustrationSubject, string> = {
  smile: 'fill-rose-100 dark:fill-rose-950',
  team: 'fill-sky-100 dark:fill-sky-950',
  clinic: 'fill-cyan-50 dark:fill-cyan-950',
  screenshot: 'fill-slate-200 dark:fill-slate-700',
  lab: 'fill-stone-200 dark:fill-stone-800',
  medicine: 'fill-violet-100 dark:fill-violet-950',
  child: 'fill-sky-200 dark:fill-sky-900',
  'night-out': 'fill-indigo-900',
  cartoon: 'fill-yellow-100 dark:fill-yellow-900',
  scene: 'fill-sky-200 dark:fill-sky-900',
};

/**
 * The drawing for one photo, filling its box (cropped, never stretched). Before-and-after pairs
 * get two panels, the second brighter, as such posts are laid out.
 */
export function Illustration({ alt }: { alt: string }) {
  const subject = illustrationSubject(alt);
  const panels: readonly string[] = isBeforeAfter(alt) ? ['before', 'after'] : ['single'];
  return (
    <span aria-hidden="true" data-subject={subject} className={`grid size-full gap-1 bg-white ${panels.length > 1 ? 'grid-cols-2' : ''}`}>
      {panels.map((panel) => (
        <svg key={panel} viewBox="0 0 200 200" preserveAspectRatio="xMidYMid slice" focusable="false" className={`block size-full ${panel === 'before' ? 'opacity-80' : ''}`}>
          <rect width="200" height="200" className={BACKDROP[subject]} />
          {subject === 'smile' && panel === 'before' ? <Smile dim /> : SUBJECTS[subject]()}
        </svg>
      ))}
    </span>
  );
}
