// The commands as an office runs them: `pnpm backup` against a running embedded cluster of
// DATA_DIR, `pnpm restore <file> --data-dir <new folder>`, their messages and exit codes.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres, type EmbeddedCluster } from '../embedded.ts'
import { applyMigrations } from '../migrate.ts'
import { packageDir } from '../paths.ts'
import { removeTempDirs, tempDir } from '../testing/fixtures.ts'
import { tableDigests } from '../testing/table-digests.ts'

const run = promisify(execFile)
const passphrase = 'office backup passphrase'
const command = async (script: string, args: string[], env: Record<string, string> = {}) => {
  const { BACKUP_PASSPHRASE: _, DATABASE_URL: __, ...rest } = process.env
  return run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: packageDir,
    env: { ...rest, CR_SHELL_CWD: root, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  )
}

let root: string
let source: EmbeddedCluster
let restored: EmbeddedCluster | undefined
beforeAll(async () => {
  root = tempDir('backup-cli')
  // A running system: its cluster is up while the backup is made (the command shares it).
  source = await startEmbeddedPostgres({ dataDir: path.join(root, 'office', 'postgres') })
  await applyMigrations({ connectionString: source.connectionString })
  const client = new pg.Client(source.connectionString)
  await client.connect()
  await client.query(
    `INSERT INTO committee (id, name, code, updated_at)
     VALUES ('00000000-0000-4000-8000-000000000001', '第一居委会', 'C1', now())`,
  )
  await client.end()
}, 120_000)
afterAll(async () => {
  await restored?.stop()
  await source?.stop()
  removeTempDirs()
})

describe('pnpm backup / pnpm restore', () => {
  it('backs up the running cluster of DATA_DIR and restores it into a new folder', async () => {
    const env = { DATA_DIR: path.join(root, 'office'), BACKUP_PASSPHRASE: passphrase }
    const noKey = await command('backup', ['--out', 'b.crbak'], { DATA_DIR: env.DATA_DIR })
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toMatch(/BACKUP_PASSPHRASE/)

    const made = await command('backup', ['--out', 'b.crbak'], env)
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)
    expect(made.stdout).toContain(`备份完成 / backup written: ${path.join(root, 'b.crbak')}`)
    expect(made.stdout).toContain('the field keys are NOT in the backup')

    const wrong = await command('restore', ['b.crbak', '--data-dir', 'new'], {
      BACKUP_PASSPHRASE: 'not the passphrase',
    })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('备份口令（BACKUP_PASSPHRASE）不正确')
    expect(fs.existsSync(path.join(root, 'new'))).toBe(false) // nothing half-made left

    const done = await command('restore', ['b.crbak', '--data-dir', 'new'], env)
    expect(done.stderr).toBe('')
    expect(done.code).toBe(0)
    expect(done.stdout).toContain('恢复完成 / restored')
    expect(done.stdout).toContain(`DATA_DIR=${path.join(root, 'new')} pnpm start`)

    const again = await command('restore', ['b.crbak', '--data-dir', 'new'], env)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('已有数据库')

    restored = await startEmbeddedPostgres({ dataDir: path.join(root, 'new', 'postgres') })
    expect(await tableDigests(restored.connectionString)).toEqual(
      await tableDigests(source.connectionString),
    )
  }, 120_000)

  it('answers a wrong call with its usage and exit code 2', async () => {
    const result = await command('restore', ['b.crbak'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: pnpm restore')
  })
})
