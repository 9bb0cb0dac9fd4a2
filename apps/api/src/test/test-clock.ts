import { fixedClock } from '../lib/clock.ts'

/**
 * The business day every API and end-to-end test runs on, whatever the machine's date: tests of
 * date rules build their dates from it (`addMonths(testToday, -13)`), never from the real date.
 * By default the last day of a 30-day month whose previous month has 31 days and whose quarter
 * is ending — where month arithmetic goes wrong first. `CR_TEST_TODAY=2028-02-29 pnpm test:unit`
 * runs the suite on another day (README "Test it" lists the days it is checked on).
 */
export const testToday = process.env.CR_TEST_TODAY || '2026-11-30'

/** The app's clock in tests: always noon (CST) of `testToday`. */
export const testClock = fixedClock(testToday)
