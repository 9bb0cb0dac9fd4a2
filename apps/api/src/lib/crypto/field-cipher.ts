import { createCipheriv, createDecipheriv, createHmac, randomFillSync } from 'node:crypto'
import { createBytesCipher, type TBytesCipher } from './bytes-cipher.ts'

/**
 * Field-level encryption of personal identifiers (PIPL art. 51; QUALITY.md 1.2):
 * AES-256-GCM per value, stored as `version ‖ iv(12) ‖ tag(16) ‖ ciphertext`, and an HMAC-SHA256
 * blind index (another key) for exact lookup and uniqueness without decrypting. The version byte
 * lets keys rotate: new writes use the current key, old values stay readable. Whole files (stored
 * uploads) are encrypted under the same keys by `encryptBytes` (see bytes-cipher.ts).
 * @see https://ciphersweet.paragonie.com/ (blind index design)
 */
export type TFieldKeys = { version: number; encryptionKey: Buffer; indexKey: Buffer }

export type TFieldCipher = TBytesCipher & {
  encrypt: (plain: string) => Uint8Array<ArrayBuffer>
  decrypt: (stored: Uint8Array) => string
  blindIndex: (normalized: string) => string
  /**
   * The blind index under every index key in use, the current first: while a rotation re-indexes
   * (key-rotation.ts) a row may still carry an older key's hash, so lookups and uniqueness checks
   * compare with all of them.
   */
  blindIndexes: (normalized: string) => string[]
  /** The version new values are written under; a value's first byte says its own. */
  currentVersion: number
}

const IV_BYTES = 12
/** IVs drawn from the CSPRNG 4,096 at a time: one call per IV costs more than the encryption. */
const IV_POOL = IV_BYTES * 4096

/** A fresh random IV each call, from a pool refilled when used up (as crypto.randomUUID does). */
const ivSource = () => {
  const pool = Buffer.alloc(IV_POOL)
  let at = IV_POOL
  return (): Buffer => {
    if (at === IV_POOL) {
      randomFillSync(pool)
      at = 0
    }
    // A view into the pool: valid until the next refill, so callers copy it before asking again.
    const iv = pool.subarray(at, at + IV_BYTES)
    at += IV_BYTES
    return iv
  }
}

export const createFieldCipher = (
  current: TFieldKeys,
  previous: TFieldKeys[] = [],
): TFieldCipher => {
  for (const k of [current, ...previous]) {
    if (k.encryptionKey.length !== 32 || k.indexKey.length !== 32)
      throw new Error('field keys must be 32 bytes')
  }
  const byVersion = new Map([current, ...previous].map((k) => [k.version, k]))
  if (byVersion.size !== previous.length + 1) throw new Error('field key versions repeat')
  // Distinct index keys, the current first (a new version may keep the old index key).
  const indexKeys = [current, ...previous]
    .map((k) => k.indexKey)
    .filter((key, i, all) => all.findIndex((other) => other.equals(key)) === i)
  const nextIv = ivSource()
  return {
    ...createBytesCipher(current, previous),
    encrypt: (plain) => {
      const iv = nextIv()
      const cipher = createCipheriv('aes-256-gcm', current.encryptionKey, iv)
      const body = cipher.update(plain, 'utf8')
      const tail = cipher.final()
      // version ‖ iv ‖ tag ‖ ciphertext, written once into the stored value.
      const stored = new Uint8Array(1 + IV_BYTES + 16 + body.length + tail.length)
      stored[0] = current.version
      stored.set(iv, 1)
      stored.set(cipher.getAuthTag(), 1 + IV_BYTES)
      stored.set(body, 1 + IV_BYTES + 16)
      stored.set(tail, 1 + IV_BYTES + 16 + body.length)
      return stored
    },
    decrypt: (stored) => {
      const buffer = Buffer.from(stored)
      const keys = byVersion.get(buffer[0]!)
      if (!keys) throw new Error(`no key for field cipher version ${buffer[0]}`)
      const decipher = createDecipheriv('aes-256-gcm', keys.encryptionKey, buffer.subarray(1, 13))
      decipher.setAuthTag(buffer.subarray(13, 29))
      return Buffer.concat([decipher.update(buffer.subarray(29)), decipher.final()]).toString(
        'utf8',
      )
    },
    // New rows are indexed under the current key only: rotating the index key means re-indexing
    // every row (key-rotation.ts), a row's hash under the key of its value's version.
    blindIndex: (normalized) =>
      createHmac('sha256', current.indexKey).update(normalized).digest('hex'),
    blindIndexes: (normalized) =>
      indexKeys.map((key) => createHmac('sha256', key).update(normalized).digest('hex')),
    currentVersion: current.version,
  }
}
