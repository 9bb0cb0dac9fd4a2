// Reading PostgreSQL's `postmaster.pid` so we can tell a live cluster from a crashed one.
// After a crash (kill -9 of the test runner, a reboot of a kept machine) the file stays
// behind. PostgreSQL itself ignores it only when its PID is free; if that PID was reused by
// any other process, or belongs to a process the `postgres` user may not signal (we run as
// root), PostgreSQL refuses to start with "lock file already exists". So we decide
// ourselves: a live postgres process → reuse that cluster; anything else → stale, delete.
import fs from 'node:fs'
import path from 'node:path'

export interface RunningPostmaster {
  pid: number
  port: number
}

/** `/proc/<pid>/stat` as [command name, state], or null without procfs or process. */
function procStat(pid: number): [string, string] | null {
  try {
    const match = /^\d+ \((.*)\) (\S)/.exec(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
    return match ? [match[1]!, match[2]!] : null
  } catch {
    return null
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  // A zombie answers kill(0) too. In containers whose PID 1 does not reap, a crashed
  // postmaster stays a zombie forever: that is not a running cluster.
  return procStat(pid)?.[1] !== 'Z'
}

function isPostgresProcess(pid: number): boolean {
  if (!isProcessAlive(pid)) return false
  const stat = procStat(pid)
  // No procfs (macOS): liveness is all we can check.
  return stat === null || stat[0].startsWith('postgres')
}

/**
 * Returns the running postmaster of `pgdata`, or null. A stale `postmaster.pid`
 * (its process gone, or the PID now taken by something that is not postgres) is removed.
 */
export function findRunningPostmaster(pgdata: string): RunningPostmaster | null {
  const pidFile = path.join(pgdata, 'postmaster.pid')
  let lines: string[]
  try {
    lines = fs.readFileSync(pidFile, 'utf8').split('\n')
  } catch {
    return null
  }
  // Line 1: PID, line 4: port (see PostgreSQL's miscadmin.h, LOCK_FILE_LINE_*).
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (pid > 0 && port > 0 && isPostgresProcess(pid)) return { pid, port }
  fs.rmSync(pidFile, { force: true })
  return null
}

/** Fast shutdown (what `pg_ctl stop -m fast` does) of a postmaster we did not spawn. */
export async function stopPostmaster(pid: number, timeoutMs = 30_000): Promise<void> {
  try {
    process.kill(pid, 'SIGINT')
  } catch {
    return
  }
  const deadline = Date.now() + timeoutMs
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline)
      throw new Error(`postmaster ${pid} did not stop within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
