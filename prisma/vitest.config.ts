import { defineConfig } from 'vitest/config'

// Integration tests against real PostgreSQL (embedded PG 18, or TEST_DATABASE_URL).
// The global setup is the same one other packages use: it also proves that the real
// prisma/migrations apply cleanly to an empty database.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    // Cold cluster start (initdb) takes ~1-2 s on a 2-core machine; leave room.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
})
