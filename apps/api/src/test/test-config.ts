import { randomBytes } from 'node:crypto'
import { defaultDbConfig, type TConfig } from '../config.ts'
import { testClock, testToday } from './test-clock.ts'

/** One pair of field keys per test process, as a real deployment has one pair. */
const fieldKeys = { version: 1, encryptionKey: randomBytes(32), indexKey: randomBytes(32) }

/** Configuration for tests: no SPA, quiet, generous global rate limit (tests are fast clients). */
export const testConfig = (overrides: Partial<TConfig> = {}): TConfig => ({
  port: 0,
  host: '127.0.0.1',
  databaseUrl: undefined,
  dataDir: '/tmp/cr-test-data',
  logLevel: 'silent',
  adminUsername: 'admin',
  adminPassword: undefined,
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 3_600_000,
  cookieSecure: false,
  trustProxy: false,
  rateLimitPerMinute: 100_000,
  loginRateLimitPerMinute: 1000,
  anonymousRateLimitPerMinute: 100_000,
  webDist: null,
  fieldKeys,
  db: defaultDbConfig,
  // A fixed business day (test-clock.ts): date rules are tested on known days, never on today.
  clock: testClock,
  fixedNow: testToday,
  metrics: null,
  // Tests add the jobs they mean to run; an hourly tick must not start one in the middle.
  jobSchedules: false,
  ...overrides,
})
