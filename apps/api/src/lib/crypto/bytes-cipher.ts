import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { TFieldKeys } from './field-cipher.ts'

/**
 * Whole files under the field key (an uploaded ledger: up to 50 MiB), AES-256-GCM, in the
 * field values' layout `version ‖ iv(12) ‖ tag(16) ‖ ciphertext`, so the same keys and the same
 * rotation apply. `context` is bound in as additional authenticated data (e.g. `import_file:<job
 * id>`): a file's ciphertext does not open as another job's file, nor as an ID-number field.
 *
 * One GCM message per file, processed in slices straight into the output buffer: the whole
 * file is needed anyway (an .xlsx is read with random access), and this way memory holds the
 * input, the output and one slice — never a second full-size copy for the header or a concat.
 * Decrypting hands nothing back before the tag has been checked.
 */
export type TBytesCipher = {
  encryptBytes: (plain: Uint8Array, context: string) => Buffer
  decryptBytes: (stored: Uint8Array, context: string) => Buffer
}

const IV_BYTES = 12
const TAG_BYTES = 16
const HEADER = 1 + IV_BYTES + TAG_BYTES
const SLICE = 1024 * 1024

const copyThrough = (
  step: (slice: Uint8Array) => Buffer,
  input: Uint8Array,
  output: Buffer,
  at: number,
) => {
  for (let from = 0; from < input.length; from += SLICE) {
    const done = step(input.subarray(from, from + SLICE))
    output.set(done, at)
    at += done.length
  }
  return at
}

export const createBytesCipher = (
  current: TFieldKeys,
  previous: TFieldKeys[] = [],
): TBytesCipher => {
  const byVersion = new Map([current, ...previous].map((k) => [k.version, k]))
  return {
    encryptBytes: (plain, context) => {
      // A file per upload, not one per row: a fresh IV from the CSPRNG each time is cheap here.
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', current.encryptionKey, iv)
      cipher.setAAD(Buffer.from(context, 'utf8'))
      const stored = Buffer.allocUnsafe(HEADER + plain.length)
      const end = copyThrough((s) => cipher.update(s), plain, stored, HEADER)
      // GCM is a stream mode: `final` adds no bytes, only the tag.
      if (cipher.final().length !== 0 || end !== stored.length) throw new Error('unexpected tail')
      stored[0] = current.version
      stored.set(iv, 1)
      stored.set(cipher.getAuthTag(), 1 + IV_BYTES)
      return stored
    },
    decryptBytes: (stored, context) => {
      if (stored.length < HEADER) throw new Error('stored file too short')
      const keys = byVersion.get(stored[0]!)
      if (!keys) throw new Error(`no key for file cipher version ${stored[0]}`)
      const decipher = createDecipheriv(
        'aes-256-gcm',
        keys.encryptionKey,
        stored.subarray(1, 1 + IV_BYTES),
      )
      decipher.setAuthTag(stored.subarray(1 + IV_BYTES, HEADER))
      decipher.setAAD(Buffer.from(context, 'utf8'))
      const plain = Buffer.allocUnsafe(stored.length - HEADER)
      copyThrough((s) => decipher.update(s), stored.subarray(HEADER), plain, 0)
      // Throws when the tag does not match: the caller never sees unauthenticated bytes.
      decipher.final()
      return plain
    },
  }
}
