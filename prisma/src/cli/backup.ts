// `pnpm backup [--out <file>] [--key-file <file>]` — a consistent, encrypted backup of the
// running system's database: DATABASE_URL when set, else the embedded cluster in
// $DATA_DIR/postgres (used alongside a running server, started for the occasion otherwise).
// The key: BACKUP_PASSPHRASE, or a 32-byte key file (--key-file / BACKUP_KEY_FILE).
// Default file: $DATA_DIR/backups/backup-<UTC time>.crbak. Exit 0 done, 1 failed, 2 usage.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createBackup } from '../backup/backup.ts'
import { dataDirFromEnv, fail, fromShell, keyFromEnv, UsageError } from '../backup/cli-args.ts'
import { startEmbeddedPostgres, type EmbeddedCluster } from '../embedded.ts'

let cluster: EmbeddedCluster | undefined
try {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, 'key-file': { type: 'string' } },
  })
  const key = keyFromEnv(values['key-file'])
  if (!key)
    throw new UsageError(
      '备份需要加密密钥：设置 BACKUP_PASSPHRASE（口令），或 --key-file <32 字节密钥文件>。\n' +
        'A backup needs a key: set BACKUP_PASSPHRASE, or pass --key-file <a 32-byte key file>.',
    )
  const dataDir = dataDirFromEnv()
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
  const out = values.out
    ? fromShell(values.out)
    : path.join(dataDir, 'backups', `backup-${stamp}.crbak`)
  const url =
    process.env.DATABASE_URL ||
    (cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') }))
      .connectionString
  const started = Date.now()
  const { file, bytes, header } = await createBackup({ connectionString: url, out, key })
  const rows = Object.values(header.tables).reduce((a, b) => a + b, 0)
  console.log(
    [
      `备份完成 / backup written: ${file}`,
      `  ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${Object.keys(header.tables).length} tables, ${rows} rows, ${Date.now() - started} ms`,
      `  schema (last migration): ${header.lastMigration}`,
      `  key: ${header.key.kind === 'passphrase' ? 'BACKUP_PASSPHRASE' : 'key file'} — keep it apart from the file; without it the backup cannot be read.`,
      `  字段密钥不在备份中 / the field keys are NOT in the backup: keep ${
        process.env.FIELD_ENCRYPTION_KEY
          ? 'FIELD_ENCRYPTION_KEY and BLIND_INDEX_KEY'
          : path.join(dataDir, 'field-keys.json')
      } safe too; without them ID numbers cannot be shown.`,
    ].join('\n'),
  )
} catch (error) {
  fail(error)
} finally {
  await cluster?.stop()
}
