// A cross-process mutex made of one file created with O_EXCL.
// Why: `pnpm -r test` may start Vitest in several packages at once, and each globalSetup
// wants the same test cluster. Two `initdb`s into one folder, or two postmasters racing for
// it, would fail in confusing ways; with the lock the second process simply finds the
// cluster the first one started and reuses it.
import fs from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { isProcessAlive } from './postmaster.ts'

export async function withFileLock<T>(
  lockPath: string,
  fn: () => Promise<T>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const handle = await fs.open(lockPath, 'wx', 0o600)
      await handle.writeFile(String(process.pid))
      await handle.close()
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // A lock left by a crashed process would block forever: break it if its owner is gone.
      const owner = Number(await fs.readFile(lockPath, 'utf8').catch(() => ''))
      if (owner && !isProcessAlive(owner)) {
        await fs.rm(lockPath, { force: true })
        continue
      }
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for lock ${lockPath} (held by pid ${owner})`, {
          cause: error,
        })
      await sleep(100)
    }
  }
  try {
    return await fn()
  } finally {
    await fs.rm(lockPath, { force: true })
  }
}
