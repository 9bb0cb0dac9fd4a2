import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { TFieldKeys } from './field-cipher.ts'

const fromBase64 = (value: string, name: string) => {
  const key = Buffer.from(value, 'base64')
  if (key.length !== 32)
    throw new Error(`${name} must be 32 bytes, base64-encoded (openssl rand -base64 32)`)
  return key
}

/**
 * The keys for personal-data fields. From FIELD_ENCRYPTION_KEY and BLIND_INDEX_KEY when set (a
 * production server keeps them outside the database and its backups). For the embedded default
 * they are generated once into the data folder (mode 0600). With DATABASE_URL and no keys the
 * server refuses to start rather than invent keys a second machine would not have.
 */
export const loadFieldKeys = (options: {
  encryptionKey: string | undefined
  indexKey: string | undefined
  dataDir: string
  embedded: boolean
}): TFieldKeys => {
  if (options.encryptionKey && options.indexKey) {
    return {
      version: 1,
      encryptionKey: fromBase64(options.encryptionKey, 'FIELD_ENCRYPTION_KEY'),
      indexKey: fromBase64(options.indexKey, 'BLIND_INDEX_KEY'),
    }
  }
  if (!options.embedded) {
    throw new Error('FIELD_ENCRYPTION_KEY and BLIND_INDEX_KEY must be set when DATABASE_URL is set')
  }
  const file = path.join(options.dataDir, 'field-keys.json')
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true })
    const generated = {
      encryptionKey: randomBytes(32).toString('base64'),
      indexKey: randomBytes(32).toString('base64'),
    }
    writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600, flag: 'wx' })
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as {
    encryptionKey: string
    indexKey: string
  }
  return {
    version: 1,
    encryptionKey: fromBase64(stored.encryptionKey, `${file} encryptionKey`),
    indexKey: fromBase64(stored.indexKey, `${file} indexKey`),
  }
}
