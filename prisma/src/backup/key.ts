// The backup's own key (never the field keys): from a passphrase through scrypt, or a 32-byte
// key file (raw, or base64 as `openssl rand -base64 32` writes it). A short check value in the
// file's header tells a wrong passphrase apart from a damaged file.
import crypto from 'node:crypto'
import fs from 'node:fs'
import { BackupError } from './errors.ts'

export type TBackupKeySource = { passphrase: string } | { keyFile: string }

/** Stored in the header: how to get the key again (never the key itself). */
export type TKeyParams =
  | { kind: 'passphrase'; kdf: 'scrypt'; salt: string; N: number; r: number; p: number }
  | { kind: 'key-file' }

// 2^15 × 8 × 128 B = 32 MiB of memory and ~0.1 s per try: cheap once, slow for guessing.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 }

export const describeKeySource = (params: TKeyParams): { zh: string; en: string } =>
  params.kind === 'passphrase'
    ? { zh: '备份口令（BACKUP_PASSPHRASE）', en: 'the backup passphrase (BACKUP_PASSPHRASE)' }
    : {
        zh: '备份密钥文件（BACKUP_KEY_FILE 或 --key-file）',
        en: 'the backup key file (BACKUP_KEY_FILE or --key-file)',
      }

/** A new key for a backup being written, and the parameters that find it again. */
export function newKey(source: TBackupKeySource): { key: Buffer; params: TKeyParams } {
  if ('keyFile' in source) return { key: readKeyFile(source.keyFile), params: { kind: 'key-file' } }
  const salt = crypto.randomBytes(16)
  return {
    key: scrypt(source.passphrase, salt, SCRYPT),
    params: { kind: 'passphrase', kdf: 'scrypt', salt: salt.toString('base64'), ...SCRYPT },
  }
}

/** The key of an existing backup; a source of the wrong kind is refused with what it needs. */
export function deriveKey(source: TBackupKeySource | undefined, params: TKeyParams): Buffer {
  const needs = describeKeySource(params)
  if (!source || 'keyFile' in source !== (params.kind === 'key-file'))
    throw new BackupError(
      'no-key',
      `此备份需要${needs.zh}才能恢复。`,
      `This backup needs ${needs.en} to be restored.`,
    )
  if (params.kind === 'key-file') return readKeyFile((source as { keyFile: string }).keyFile)
  const { N, r, p } = params
  return scrypt((source as { passphrase: string }).passphrase, Buffer.from(params.salt, 'base64'), {
    N,
    r,
    p,
  })
}

/** A value derived from the key (not the key): equal checks mean the right key. */
export const keyCheck = (key: Buffer): string =>
  crypto.createHmac('sha256', key).update('cr-backup key check').digest('hex').slice(0, 32)

function scrypt(passphrase: string, salt: Buffer, o: { N: number; r: number; p: number }) {
  if (passphrase.length < 8)
    throw new BackupError(
      'no-key',
      '备份口令至少需要 8 个字符。',
      'The backup passphrase must be at least 8 characters long.',
    )
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, {
    ...o,
    maxmem: 128 * o.N * o.r + 16 * 1024 * 1024,
  })
}

function readKeyFile(file: string): Buffer {
  let raw: Buffer
  try {
    raw = fs.readFileSync(file)
  } catch {
    throw new BackupError(
      'no-key',
      `无法读取备份密钥文件 ${file}。`,
      `Cannot read the backup key file ${file}.`,
    )
  }
  if (raw.length === 32) return raw
  const decoded = Buffer.from(raw.toString('utf8').trim(), 'base64')
  if (decoded.length === 32) return decoded
  throw new BackupError(
    'no-key',
    `备份密钥文件 ${file} 必须是 32 字节（或其 base64 文本，openssl rand -base64 32）。`,
    `The backup key file ${file} must hold 32 bytes (raw, or base64: openssl rand -base64 32).`,
  )
}
