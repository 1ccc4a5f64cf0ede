import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'bench/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // e2e and fault tests start real servers and Chromium; two cores, so keep workers few.
    maxWorkers: 2,
    // One retry, so one slow moment of a shared machine does not fail CI; a test that passes only
    // on its retry is named in the summary line of `npm test` (decision 016).
    retry: 1,
  },
});
