import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

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
    // next-auth imports `next/server` without a file extension, which Node's ESM loader rejects;
    // letting Vite transform it resolves the import the way Next's bundler does.
    server: { deps: { inline: ['next-auth'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          setupFiles: ['tests/support/fast-check-seed.ts'],
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // A timeout is there to catch a hang, not to time the work: a property test takes 1.3-2 s
          // on a moderately loaded 2-core machine and several times that under full load, where
          // vitest's default of 5 s would fail it.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
