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

const config = [
  { ignores: ['node_modules/**', '.next/**', 'lib/generated/**', 'data/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', 'next-env.d.ts'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  oneWayImports,
  ukCalendar,
  {
    // Command-line tools talk to their user through the console.
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'prisma/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
];

export default config;
