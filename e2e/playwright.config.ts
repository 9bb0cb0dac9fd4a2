import { defineConfig } from '@playwright/test'
import { chromiumExecutable } from './browser.ts'

/**
 * End-to-end tests in Chromium (Playwright's own, else the system's: browser.ts) against the
 * built app, started by global-setup.ts on a fresh database.
 */
export const e2ePort = Number(process.env.E2E_PORT ?? 3210)

/**
 * Under scripts/on-machine-date.sh (libfaketime, the CI run on a fixed date) Chromium hangs at
 * start when its monotonic clock is left real (FAKETIME_DONT_FAKE_MONOTONIC: some of its waits
 * then mix the two clocks, libfaketime issue 469); with both clocks moved by the same offset it
 * runs. The browser keeps the fake date either way: cookies the server dates expire on its day.
 */
const browserEnv = (): Record<string, string> | undefined => {
  if (!process.env.FAKETIME) return undefined
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && key !== 'FAKETIME_DONT_FAKE_MONOTONIC') env[key] = value
  return env
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  // One browser at a time on the 2-core CI machine: the server and PostgreSQL share those cores,
  // and two journeys side by side each took twice as long (60 s+ for a 30 s journey).
  workers: process.env.CI ? 1 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
    // A hang is caught here, at the step that hangs (by default an action waits as long as the
    // test may run, and a stuck click reported only "test timeout").
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Kept for a failure, without the screencast: encoding its frames made the journeys a
    // quarter to a third slower on a loaded machine (the DOM snapshots show a failure).
    trace: { mode: 'retain-on-failure', screenshots: false },
    // The app turns antd's animations off for users who ask for less motion: a dialog is then
    // usable as soon as it is shown, and nothing animates on a starved CPU. With the CPUs busy
    // (stress-ng --cpu 2) this and the trace above took the journeys from past 60 s to 12-44 s.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable().path,
      env: browserEnv(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
})
