import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** House style rule 1: imports flow one way, app → components/lib/scenarios, never back. */
const oneWayImports = {
  files: ['**/*.{ts,tsx}'],
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
        ],
      },
    ],
    'no-console': ['error', { allow: ['warn', 'error'] }],
  },
};

/** ADR 006: the compose checks carry an English language model far over the player's client budget. */
const composeChecksStayOnTheServer = {
  files: ['components/**/*.{ts,tsx}'],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          {
            name: '@/lib/scenario/compose-checks',
            message: 'The compose checks run on the server only (ADR 006): show the verdict the server returns; titles and reasons are in compose-text.',
          },
        ],
      },
    ],
  },
};

const config = [
  { ignores: ['node_modules/**', '.next/**', 'lib/generated/**', 'data/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'next-env.d.ts'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  oneWayImports,
  composeChecksStayOnTheServer,
  {
    // Command-line tools talk to their user through the console.
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'prisma/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];

export default config;
