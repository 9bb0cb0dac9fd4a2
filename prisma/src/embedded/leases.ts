// Who is using a local cluster right now: one file per user under `<dataDir>/leases/`.
// Why: the dev server and `pnpm db:migrate`, or Vitest runs of two packages, share one
// cluster. Whoever started it must not pull it from under the others, and whoever is last
// must stop it, even if that is not the process that started it. Files named
// `<pid>-<random>` survive no crash silently: a lease whose process is gone is ignored and
// removed. Callers hold the data dir's file lock while they use this.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { isProcessAlive } from './postmaster.ts'

export class Leases {
  private readonly dir: string
  private readonly mine = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'leases')
  }

  take(): void {
    fs.mkdirSync(this.dir, { recursive: true })
    fs.writeFileSync(path.join(this.dir, this.mine), '')
  }

  /** Gives ours back; returns how many live processes still hold one. */
  release(): number {
    fs.rmSync(path.join(this.dir, this.mine), { force: true })
    let others = 0
    for (const name of fs.existsSync(this.dir) ? fs.readdirSync(this.dir) : []) {
      if (isProcessAlive(Number(name.split('-')[0]))) others++
      else fs.rmSync(path.join(this.dir, name), { force: true })
    }
    return others
  }
}
