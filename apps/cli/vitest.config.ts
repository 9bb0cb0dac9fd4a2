import { defineConfig } from 'vitest/config'

// The CLI against the real API: the app listens on an ephemeral port in the test process, on a
// database of its own cloned from the migrated template (same setup as the API's tests).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['../../prisma/src/testing/global-setup.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
})
