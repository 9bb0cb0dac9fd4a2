import { defineConfig } from 'vitest/config'

// API integration tests: the real app through `app.inject()` against real PostgreSQL, one
// database per test file cloned from a migrated template (see prisma/src/testing).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['../../prisma/src/testing/global-setup.ts'],
    // The schemas' words (shared common/issue.ts), as the server loads them at start.
    setupFiles: ['../../packages/shared/src/common/error-messages.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
})
