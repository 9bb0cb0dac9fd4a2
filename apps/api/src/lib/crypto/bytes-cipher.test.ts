import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createBytesCipher } from './bytes-cipher.ts'
import { createFieldCipher } from './field-cipher.ts'

const keys = (version: number) => ({
  version,
  encryptionKey: randomBytes(32),
  indexKey: randomBytes(32),
})

const ledger = Buffer.from('姓名,身份证号\r\n王秀英,370502198206093573\r\n'.repeat(2000))

describe('bytes cipher (stored uploads)', () => {
  it('round-trips a file larger than one slice, and never holds the plain bytes', () => {
    const cipher = createBytesCipher(keys(1))
    const big = Buffer.concat([ledger, randomBytes(3 * 1024 * 1024 + 7)])
    const stored = cipher.encryptBytes(big, 'import_file:a')
    expect(stored.length).toBe(big.length + 29)
    expect(stored.includes(Buffer.from('370502198206093573'))).toBe(false)
    expect(cipher.decryptBytes(stored, 'import_file:a').equals(big)).toBe(true)
    expect(cipher.encryptBytes(big, 'import_file:a').equals(stored)).toBe(false) // fresh IV
  })

  it('round-trips an empty file', () => {
    const cipher = createBytesCipher(keys(1))
    expect(cipher.decryptBytes(cipher.encryptBytes(Buffer.alloc(0), 'x'), 'x').length).toBe(0)
  })

  it('refuses a tampered file, another context, and a field value', () => {
    const cipher = createBytesCipher(keys(1))
    const stored = cipher.encryptBytes(ledger, 'import_file:a')
    const tampered = Buffer.from(stored)
    tampered[100]! ^= 1
    expect(() => cipher.decryptBytes(tampered, 'import_file:a')).toThrow()
    expect(() => cipher.decryptBytes(stored, 'import_file:b')).toThrow()
    const field = createFieldCipher(keys(1))
    expect(() => field.decryptBytes(field.encrypt('370502198206093573'), 'import_file:a')).toThrow()
  })

  it('reads files written under a previous key version after rotation', () => {
    const old = keys(1)
    const stored = createBytesCipher(old).encryptBytes(ledger, 'c')
    const rotated = createBytesCipher(keys(2), [old])
    expect(rotated.decryptBytes(stored, 'c').equals(ledger)).toBe(true)
    expect(rotated.encryptBytes(ledger, 'c')[0]).toBe(2)
  })
})
