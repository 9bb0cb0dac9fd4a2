import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/**
 * Which Chromium the end-to-end tests drive: `CHROMIUM_PATH` if set; else Playwright's own
 * browser when `playwright install chromium` has put it there (a Mac, most Linux machines);
 * else a system Chromium (Debian's `chromium`, which these machines use: Playwright cannot
 * download its browsers here). `undefined` lets Playwright use its own.
 */
const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

export const chromiumExecutable = (): { path: string | undefined; found: boolean } => {
  const given = process.env.CHROMIUM_PATH
  if (given) return { path: given, found: existsSync(given) }
  if (existsSync(chromium.executablePath())) return { path: undefined, found: true }
  const system = systemChromiums.find((candidate) => existsSync(candidate))
  return { path: system, found: system !== undefined }
}
