import { defineConfig } from 'vitest/config';

/** npm run test:faults: processes killed mid-import and mid-migration, a full disk during import. */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
