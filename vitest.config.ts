import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Unit test files that change what other files in the same worker would see, so each must run in a
 * fresh module graph: they set process.env (vi.stubEnv, TZ for time-zone cases) or replace a module
 * with vi.mock. A new test that does any of these belongs here (`npm run test:unit` runs both lists).
 */
const NEEDS_ISOLATION = [
  'lib/server/auth/auth-secret.test.ts',
  'lib/env.test.ts',
  'lib/cpd/plain-date.test.ts',
  'components/catalogue/scenario-status.test.ts',
  'lib/server/db/direct-sql-copies.test.ts',
];

/** What both unit projects share: the files they are chosen from and how they run. */
const unitTest = {
  setupFiles: ['tests/support/fast-check-seed.ts'],
  include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
  environment: 'node' as const,
};

/**
 * One time limit for every test and hook, stated once: it is there to catch a hang, not to time
 * the work. On a 2-core CI machine shared with other jobs a property test that takes 2 s when
 * quiet took 30 s, and the scenario CLI tests 25 s; speed is judged by the benchmarks.
 */
const hangTimeout = 5 * 60_000;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Tests run server modules directly, as the react-server build does: resolve `server-only`
      // to the package's own empty export instead of the one that throws outside that build.
      'server-only': `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    testTimeout: hangTimeout,
    hookTimeout: hangTimeout,
    // next-auth imports `next/server` without a file extension, which Node's ESM loader rejects;
    // letting Vite transform it resolves the import the way Next's bundler does.
    server: { deps: { inline: ['next-auth'] } },
    poolOptions: { threads: { isolate: false } },
    projects: [
      {
        extends: true,
        test: {
          ...unitTest,
          name: 'unit',
          exclude: [...configDefaults.exclude, ...NEEDS_ISOLATION],
          // One worker and module graph for many files instead of a fresh process per file (Vitest 3
          // decides that per pool, so this project alone runs on threads, which the root
          // poolOptions leave unisolated). Safe only for files that leave no state behind, which
          // is why the ones that change process.env, the time zone or mock modules run in
          // `unit-isolated`, on the default isolated forks like the integration tests.
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: { ...unitTest, name: 'unit-isolated', include: NEEDS_ISOLATION },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
