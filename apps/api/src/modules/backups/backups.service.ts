// The server's own backups: files in $DATA_DIR/backups, made on demand by an administrator
// with the key from the server's environment (README "Backups"). The library is @cr/db's.
import fs from 'node:fs/promises'
import path from 'node:path'
import type { TBackup, TBackupList } from '@cr/shared/backups/backups'
import { createBackup } from '@cr/db/backup/backup'
import { readHeader } from '@cr/db/backup/header'
import type { TConfig } from '../../config.ts'
import { AppError } from '../../lib/errors.ts'

const SUFFIX = '.crbak'

export const backupDir = (config: TConfig) => path.join(config.dataDir, 'backups')

const fieldKeysLocation = (config: TConfig) =>
  config.databaseUrl
    ? 'FIELD_ENCRYPTION_KEY, BLIND_INDEX_KEY'
    : path.join(config.dataDir, 'field-keys.json')

// The schedule checks hourly: a backup counts as late an hour and more after it was due.
const GRACE_MS = 2 * 3_600_000

export async function listBackups(
  config: TConfig,
  now: Date,
): Promise<Omit<TBackupList, 'fieldKeysExport'>> {
  const dir = backupDir(config)
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) =>
    n.endsWith(SUFFIX),
  )
  const items = await Promise.all(names.map((name) => describe(path.join(dir, name))))
  items.sort(
    (a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.name.localeCompare(a.name),
  )
  const lastGoodAt = items.find((b) => b.status === 'ok' && b.createdAt)?.createdAt ?? null
  const everyMs = (config.backupSchedule?.everyHours ?? 24) * 3_600_000
  return {
    items,
    lastGoodAt,
    overdue: !lastGoodAt || now.getTime() - Date.parse(lastGoodAt) > everyMs + GRACE_MS,
    directory: dir,
    key: config.backupKey ? ('keyFile' in config.backupKey ? 'key-file' : 'passphrase') : null,
    fieldKeys: fieldKeysLocation(config),
  }
}

async function describe(file: string): Promise<TBackup> {
  const name = path.basename(file)
  const handle = await fs.open(file, 'r')
  try {
    const { size } = await handle.stat()
    try {
      const { header } = await readHeader(handle)
      const rows = Object.values(header.tables).reduce((a, b) => a + b, 0)
      return {
        name,
        bytes: size,
        createdAt: header.createdAt,
        lastMigration: header.lastMigration,
        rows,
        status: 'ok',
      }
    } catch {
      return {
        name,
        bytes: size,
        createdAt: null,
        lastMigration: null,
        rows: null,
        status: 'unreadable',
      }
    }
  } finally {
    await handle.close()
  }
}

/** Makes a backup now; `now` names the file and dates it. */
export async function makeBackup(
  config: TConfig,
  connectionString: string,
  now: Date,
): Promise<TBackup> {
  if (!config.backupKey) throw new AppError('backup_key_missing', 409)
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
  // Two backups within a second (or on a fixed test clock) get names of their own.
  let out = path.join(backupDir(config), `backup-${stamp}${SUFFIX}`)
  for (let n = 2; await exists(out); n++)
    out = path.join(backupDir(config), `backup-${stamp}-${n}${SUFFIX}`)
  const result = await createBackup({ connectionString, out, key: config.backupKey, now })
  return describe(result.file)
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )
