// `pnpm restore <file> --data-dir <new folder>` — a fresh embedded cluster in that folder
// (the folder a server then runs on with DATA_DIR=<folder>), refusing a folder that already
// holds a database; or `pnpm restore <file> --database-url <empty database>`.
// The key: BACKUP_PASSPHRASE or --key-file / BACKUP_KEY_FILE, as when the backup was made.
// Exit 0 restored, 1 failed (nothing usable written), 2 usage.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fail, fromShell, keyFromEnv, UsageError } from '../backup/cli-args.ts'
import { BackupError } from '../backup/errors.ts'
import { checkBackup, restoreBackup } from '../backup/restore.ts'
import { startEmbeddedPostgres, type EmbeddedCluster } from '../embedded.ts'

const usage =
  'Usage: pnpm restore <backup file> (--data-dir <new folder> | --database-url <empty database>) [--key-file <file>]'

let cluster: EmbeddedCluster | undefined
/** The folder this run created, removed again if the restore fails. */
let madeDir: string | undefined
/** Set once the restore writes into a database the command did not make. */
let writingInto: string | undefined
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      'key-file': { type: 'string' },
    },
  })
  const dataDirArg = values['data-dir']
  const databaseUrl = values['database-url']
  if (positionals.length !== 1 || !dataDirArg === !databaseUrl) throw new UsageError(usage)
  const file = fromShell(positionals[0]!)
  if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}\n${usage}`)
  const dataDir = dataDirArg ? fromShell(dataDirArg) : undefined
  if (dataDir && fs.existsSync(path.join(dataDir, 'postgres', 'pgdata')))
    throw new BackupError(
      'target-not-empty',
      `文件夹 ${dataDir} 已有数据库：恢复只写入新的空文件夹。`,
      `The folder ${dataDir} already holds a database: restore only into a new, empty folder.`,
    )
  const key = keyFromEnv(values['key-file'])
  await checkBackup(file, key) // before a cluster is made: a wrong key leaves no folder behind
  if (dataDir && !fs.existsSync(dataDir)) madeDir = dataDir
  const url =
    databaseUrl ||
    (cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir!, 'postgres') }))
      .connectionString
  const started = Date.now()
  writingInto = databaseUrl
  const { header, migratedAfter, rows } = await restoreBackup({ file, connectionString: url, key })
  console.log(
    [
      `恢复完成 / restored: ${file}`,
      `  made ${header.createdAt}, ${rows} rows in ${Object.keys(header.tables).length} tables, verified, ${Date.now() - started} ms`,
      `  schema: ${header.lastMigration}${migratedAfter.length ? `, then migrated: ${migratedAfter.join(', ')}` : ''}`,
      `  字段密钥 / field keys: the backup has none. Supply the same keys as the old system — ` +
        (dataDir
          ? `copy its field-keys.json into ${dataDir}/ (or set FIELD_ENCRYPTION_KEY and BLIND_INDEX_KEY) before starting: DATA_DIR=${dataDir} pnpm start`
          : `set FIELD_ENCRYPTION_KEY and BLIND_INDEX_KEY, then start with DATABASE_URL`),
      `  without them ID numbers cannot be shown (a server started without them would make new keys).`,
    ].join('\n'),
  )
  madeDir = undefined
  writingInto = undefined
} catch (error) {
  fail(error)
  // The load is one transaction, but the migrations before it are not: the schema may remain.
  if (writingInto)
    console.error(
      '  目标数据库中可能留有数据库结构：请删除并重新创建该数据库后再恢复。\n' +
        '  The target database may keep the schema: drop and re-create it before restoring again.\n',
    )
} finally {
  await cluster?.stop()
  if (madeDir) fs.rmSync(madeDir, { recursive: true, force: true })
}
