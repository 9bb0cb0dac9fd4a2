import { z } from 'zod'

/** One backup file in the server's backup folder ($DATA_DIR/backups). */
export const ZBackup = z
  .object({
    name: z.string(),
    bytes: z.number().int(),
    /** When it was made (ISO instant); null when the file cannot be read. */
    createdAt: z.string().nullable(),
    /** The schema it was made at (the last migration applied). */
    lastMigration: z.string().nullable(),
    rows: z.number().int().nullable(),
    /** `ok`: a whole backup; `unreadable`: not a backup file, or damaged in its header. */
    status: z.enum(['ok', 'unreadable']),
  })
  .meta({ id: 'Backup' })
export type TBackup = z.infer<typeof ZBackup>

export const ZBackupList = z
  .object({
    items: z.array(ZBackup),
    /** Where the files are, on the server's machine. */
    directory: z.string(),
    /** How the server encrypts them; null: no key set, it cannot make one. */
    key: z.enum(['passphrase', 'key-file']).nullable(),
    /** Where the field keys are (never in a backup): a file on the server, or the environment. */
    fieldKeys: z.string(),
    /**
     * The one-time export of the current key version: who took it and when; null: not yet
     * (an administrator may export it once; a rotation brings a new version to export).
     */
    fieldKeysExport: z.object({
      version: z.number().int(),
      exportedAt: z.string().nullable(),
      exportedBy: z.string().nullable(),
      /** Rows are still under an older key version: the re-encryption after a rotation runs. */
      rotating: z.boolean(),
    }),
    /** The newest good backup (ISO instant); null: none. */
    lastGoodAt: z.string().nullable(),
    /** No good backup within the schedule's interval (24 h when the server makes none itself). */
    overdue: z.boolean(),
  })
  .meta({ id: 'BackupList' })
export type TBackupList = z.infer<typeof ZBackupList>

/** The one-time field-key export: the administrator's own password again. */
export const ZFieldKeysExportRequest = z
  .object({ password: z.string().min(1).max(200) })
  .meta({ id: 'FieldKeysExportRequest' })
export type TFieldKeysExportRequest = z.infer<typeof ZFieldKeysExportRequest>

/**
 * The exported keys: the format of `field-keys.json` (every version, base64, and the current
 * one), so the file can be put back in a data folder for `pnpm restore` and the server.
 */
export const ZFieldKeysFile = z
  .object({
    current: z.number().int(),
    versions: z.record(z.string(), z.object({ encryptionKey: z.string(), indexKey: z.string() })),
  })
  .meta({ id: 'FieldKeysFile' })
