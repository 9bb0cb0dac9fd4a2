import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

/**
 * Field-level encryption of personal identifiers (PIPL art. 51; QUALITY.md 1.2):
 * AES-256-GCM per value, stored as `version ‖ iv(12) ‖ tag(16) ‖ ciphertext`, and an HMAC-SHA256
 * blind index (another key) for exact lookup and uniqueness without decrypting. The version byte
 * lets keys rotate: new writes use the current key, old values stay readable.
 * @see https://ciphersweet.paragonie.com/ (blind index design)
 */
export type TFieldKeys = { version: number; encryptionKey: Buffer; indexKey: Buffer }

export type TFieldCipher = {
  encrypt: (plain: string) => Uint8Array<ArrayBuffer>
  decrypt: (stored: Uint8Array) => string
  blindIndex: (normalized: string) => string
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
  return {
    encrypt: (plain) => {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', current.encryptionKey, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return new Uint8Array(
        Buffer.concat([Buffer.from([current.version]), iv, cipher.getAuthTag(), body]),
      )
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
    // The index uses the current key only: rotating the index key means re-indexing every row.
    blindIndex: (normalized) =>
      createHmac('sha256', current.indexKey).update(normalized).digest('hex'),
  }
}
