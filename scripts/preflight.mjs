// What `pnpm test` needs besides npm packages: a Chromium for the end-to-end tests (with CJK
// fonts on Linux, so Chinese renders), and Debian's PostgreSQL 15 (server + pg_dump) for
// residents-dump.test.ts. Installed by scripts/setup-machine.sh when we may (root on a machine
// with apt-get); otherwise said in one line, with the command that installs it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

/** e2e/browser.ts decides which Chromium the tests drive; ask it rather than guess again. */
const chromiumFound = (root) => {
  const probe = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "import { chromiumExecutable } from './browser.ts'; console.log(JSON.stringify(chromiumExecutable()))",
    ],
    { cwd: path.join(root, 'e2e'), encoding: 'utf8' },
  )
  try {
    return JSON.parse(probe.stdout.trim().split('\n').at(-1)).found
  } catch {
    return false
  }
}

const cjkFonts = () =>
  process.platform === 'darwin' ||
  (has('fc-list') && spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout.trim() !== '')

/** Debian's layout, as prisma/src/testing/debian-postgres.ts looks for it. */
const debianPostgres = () => {
  const lib = '/usr/lib/postgresql'
  if (!existsSync(lib)) return false
  return readdirSync(lib).some((major) =>
    ['pg_dump', 'initdb', 'postgres'].every((bin) => existsSync(path.join(lib, major, 'bin', bin))),
  )
}

const missing = (root) =>
  [
    !chromiumFound(root) && 'a Chromium',
    !cjkFonts() && 'CJK fonts',
    !debianPostgres() && "Debian's PostgreSQL server and pg_dump",
  ].filter(Boolean)

/** Returns what is still missing after installing what it can (an empty list when all is there). */
export const preflight = (root) => {
  let absent = missing(root)
  const mayInstall = process.platform === 'linux' && process.getuid?.() === 0 && has('apt-get')
  if (absent.length > 0 && mayInstall) {
    console.log(`▶ installing what the tests need: ${absent.join(', ')}`)
    spawnSync('bash', [path.join(root, 'scripts/setup-machine.sh')], { stdio: 'inherit' })
    absent = missing(root)
  }
  if (absent.length > 0)
    console.log(
      `\n⚠ pnpm test cannot install ${absent.join(', ')} by itself; tests needing them will fail. ` +
        'Install with `sudo bash scripts/setup-machine.sh` (Debian/Ubuntu), or elsewhere ' +
        '`pnpm --filter @cr/e2e exec playwright install chromium` (a Chromium; or set CHROMIUM_PATH) ' +
        'and a PostgreSQL 15 with pg_dump under /usr/lib/postgresql/15/bin.\n',
    )
  return absent
}
