// The file's header: plain text so that a restore can say what a backup needs and refuse a
// newer schema before any decryption, yet authenticated — every encrypted chunk carries the
// header's hash as associated data, so a header edited by hand fails like a damaged file.
//   bytes 0-7   "CRBACKUP"
//   bytes 8-11  header length n (uint32, big-endian)
//   12…12+n     header JSON (UTF-8)
//   then        encrypted chunks (chunk-cipher.ts) of the gzipped content (content.ts)
import crypto from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { BackupError } from './errors.ts'
import type { TKeyParams } from './key.ts'

export const MAGIC = Buffer.from('CRBACKUP', 'ascii')
export const FORMAT_VERSION = 1

export interface TBackupHeader {
  format: number
  createdAt: string
  /** The last migration applied to the backed-up database; its schema is the backup's. */
  lastMigration: string
  /** Every applied migration, in order. */
  migrations: string[]
  /** Rows per table, counted in the backup's snapshot (checksums are in the encrypted trailer). */
  tables: Record<string, number>
  key: TKeyParams
  keyCheck: string
  /** Random part of every chunk's nonce (base64, 8 bytes). */
  noncePrefix: string
}

export function encodeHeader(header: TBackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return Buffer.concat([MAGIC, length, json])
}

export const headerDigest = (encoded: Buffer): Buffer =>
  crypto.createHash('sha256').update(encoded).digest()

/** Reads the header; returns it, its encoded bytes and where the encrypted chunks start. */
export async function readHeader(
  file: FileHandle,
): Promise<{ header: TBackupHeader; encoded: Buffer; bodyStart: number }> {
  const start = Buffer.alloc(12)
  const { bytesRead } = await file.read(start, 0, 12, 0)
  if (bytesRead < 12 || !start.subarray(0, 8).equals(MAGIC)) throw notABackup()
  const length = start.readUInt32BE(8)
  if (length > 16 * 1024 * 1024) throw notABackup()
  const json = Buffer.alloc(length)
  if ((await file.read(json, 0, length, 12)).bytesRead < length) throw damaged()
  let header: TBackupHeader
  try {
    header = JSON.parse(json.toString('utf8')) as TBackupHeader
  } catch {
    throw damaged()
  }
  if (header.format !== FORMAT_VERSION)
    throw new BackupError(
      'unsupported-format',
      `备份文件格式版本 ${header.format} 不受此版本程序支持（支持 ${FORMAT_VERSION}）。`,
      `Backup format version ${header.format} is not supported by this program (it reads ${FORMAT_VERSION}).`,
    )
  return { header, encoded: Buffer.concat([start, json]), bodyStart: 12 + length }
}

const notABackup = () =>
  new BackupError(
    'not-a-backup',
    '这不是本系统的备份文件。',
    'This is not a backup file of this system.',
  )

export const damaged = (detail = '') =>
  new BackupError(
    'damaged',
    `备份文件已损坏或被改动，无法恢复${detail ? `（${detail}）` : ''}。请使用另一份备份。`,
    `The backup file is damaged or was altered and cannot be restored${detail ? ` (${detail})` : ''}. Use another backup.`,
  )
