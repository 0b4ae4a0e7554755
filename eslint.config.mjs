import { readdirSync } from 'node:fs';
import path from 'node:path';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * Route folders are islands: a file under app/<folder>/ may import from its own folder, lib/ and
 * components/, never from another route folder or app/'s own files. Shared code moves to lib/ or
 * components/. Read from disk so a new route folder is covered without editing this file.
 */
const routeFolderZones = readdirSync(new URL('./app', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => ({
    target: `./app/${name}`,
    from: './app',
    except: [`./${name}`],
    message: `app/${name}/ must not import another route's files: move what they share to components/ or lib/.`,
  }));

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * House style: kebab-case file and folder names. Next.js route segments keep their syntax:
 * [param], [...param], [[...param]], (group), @slot, and dot folders like .well-known.
 */
function nameProblem(segment) {
  if (/^\[{1,2}(?:\.\.\.)?[a-zA-Z][a-zA-Z0-9]*\]{1,2}$/.test(segment)) return undefined;
  const bare = segment.replace(/^[.(@]/, '').replace(/\)$/, '');
  return bare.split('.').every((part) => KEBAB_CASE.test(part)) ? undefined : segment;
}

const houseStyle = {
  rules: {
    'kebab-case-file-names': {
      meta: { type: 'suggestion', docs: { description: 'File and folder names are kebab-case.' }, schema: [] },
      create(context) {
        const relative = path.relative(context.cwd, context.filename);
        const wrong = relative.startsWith('..') ? undefined : relative.split(path.sep).map(nameProblem).find(Boolean);
        if (!wrong) return {};
        return {
          Program(node) {
            context.report({ node, message: `"${wrong}" in ${relative} is not kebab-case (house style: kebab-case file and folder names).` });
          },
        };
      },
    },
  },
};

/**
 * House style rule 1: imports flow one way, app → components/lib/scenarios, never back.
 *
 * `import/no-cycle` walks the whole import graph from each file, parsing every module it reaches,
 * and was ~90% of lint time: most of that was packages in node_modules and the generated Prisma
 * client. Neither imports our code, so no cycle of ours can pass through them; `import/ignore`
 * keeps the rule from parsing them, and it still follows every import between our own files
 * (tests/unit/import-cycle.test.ts shows a new cycle still fails lint).
 */
const oneWayImports = {
  files: ['**/*.{ts,tsx}'],
  settings: { 'import/ignore': ['[\\/]node_modules[\\/]', '[\\/]lib[\\/]generated[\\/]'] },
  rules: {
    'import/no-cycle': 'error',
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          { target: './lib', from: './app', message: 'lib/ must not import from app/.' },
          { target: './lib', from: './components', message: 'lib/ must not import from components/.' },
          { target: './components', from: './app', message: 'components/ must not import from app/.' },
          { target: './components', from: './lib/server', message: 'components/ must never import server code.' },
          ...routeFolderZones,
        ],
      },
    ],
    'no-console': ['error', { allow: ['warn', 'error'] }],
  },
};

const fileNames = {
  files: ['**/*.{ts,tsx,js,mjs,cjs}'],
  plugins: { 'house-style': houseStyle },
  rules: { 'house-style/kebab-case-file-names': 'error' },
};

/** ADR 008: the compose checks carry an English language model far over the player's client budget. */
const composeChecksPath = {
  name: '@/lib/scenario/compose-checks',
  message: 'The compose checks run on the server only (ADR 008): show the verdict the server returns; titles and reasons are in compose-text.',
};
const composeChecksStayOnTheServer = {
  files: ['components/**/*.{ts,tsx}'],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { 'no-restricted-imports': ['error', { paths: [composeChecksPath] }] },
};

/**
 * Issue 19 item 8: the player's JavaScript has a 25 kB budget (npm run bench:bundle). Turbopack keeps
 * an export in every bundle that imports its module once any client code uses it, so the player's
 * browser code imports the small modules, not the ones that share a file with the studio's code.
 * (Repeats the compose-checks path: a later rule's options replace an earlier one's.)
 */
const playerBundleStaysSmall = {
  files: ['components/player/**/*.{ts,tsx}', 'components/scenario/show-when.tsx', 'lib/scenario/runtime/machine.ts'],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          composeChecksPath,
          { name: '@/components/ui/icon', message: 'Import Icon from svg-icon and the glyph from status-glyphs: icon.tsx brings every glyph into the player bundle.' },
        ],
        patterns: [
          {
            regex: '(^@/lib/scenario|^\\.\\.?)/expression$',
            message: 'Import evaluateExpression from evaluate-expression: expression.ts brings the parser into the player bundle.',
          },
        ],
      },
    ],
  },
};

/** Issue 12: the authoring studio runs the scenario compiler in a browser worker, so it imports nothing Node-only. */
const compilerRunsInTheBrowser = {
  files: ['lib/scenario/compiler/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(node:|(fs|path|crypto|os|url|util|stream|buffer|child_process)(/|$))',
            message: 'The scenario compiler runs in the browser too: no Node-only modules (use lib/scenario/sha256.ts for hashing).',
          },
        ],
      },
    ],
  },
};

/** Issue 11: every calendar date is a Europe/London date, read and printed only by lib/cpd/plain-date.ts. */
const ukCalendar = {
  files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
  ignores: ['lib/cpd/plain-date.ts', '**/*.test.ts', '**/*.test-support.ts'],
  rules: {
    'no-restricted-properties': [
      'error',
      ...['toLocaleDateString', 'toLocaleTimeString', 'toDateString', 'getFullYear', 'getMonth', 'getDate', 'getDay', 'getUTCFullYear', 'getUTCMonth', 'getUTCDate'].map((property) => ({
        property,
        message: 'Dates follow the machine or UTC calendar this way: use lib/cpd/plain-date.ts (the UK calendar).',
      })),
      { object: 'Intl', property: 'DateTimeFormat', message: 'Use lib/cpd/plain-date.ts (the UK calendar) to format dates.' },
    ],
  },
};

/**
 * Counted nouns go through lib/text/plural.ts (Intl.PluralRules en-GB): a hand-written
 * `count === 1 ? 'scene' : 'scenes'` is how "1 scenes" and "0 scene" reached the screen.
 */
const oneWayToCount = {
  files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
  ignores: ['lib/text/plural.ts', '**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "ConditionalExpression[test.operator='==='][test.right.value=1][consequent.type='Literal'][alternate.type='Literal']",
        message: "Name a count with countOf or pluralNoun from lib/text/plural.ts, not `n === 1 ? 'one' : 'other'`.",
      },
    ],
  },
};

const config = [
  { ignores: ['node_modules/**', '.next/**', 'lib/generated/**', 'data/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'next-env.d.ts'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  oneWayImports,
  fileNames,
  composeChecksStayOnTheServer,
  playerBundleStaysSmall,
  compilerRunsInTheBrowser,
  ukCalendar,
  oneWayToCount,
  {
    // Command-line tools talk to their user through the console.
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'prisma/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];

export default config;
