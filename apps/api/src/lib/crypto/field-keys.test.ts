import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFieldCipher } from './field-cipher.ts'
import {
  fieldKeysFile,
  loadFieldKeyRing,
  parseFieldKeysFile,
  rotatedRing,
  writeFieldKeysFile,
} from './field-keys.ts'

const b64 = () => randomBytes(32).toString('base64')
const folder = () => mkdtempSync(path.join(tmpdir(), 'cr-keys-'))

describe('field key configuration', () => {
  it('reads the environment: the current pair (version 1 by default) and the older pairs', () => {
    const [enc, idx, oldEnc, oldIdx] = [b64(), b64(), b64(), b64()]
    const base = { encryptionKey: enc, indexKey: idx, dataDir: folder(), embedded: false }
    expect(loadFieldKeyRing(base).current.version).toBe(1)
    expect(loadFieldKeyRing(base).previous).toEqual([])
    const ring = loadFieldKeyRing({ ...base, version: '2', previous: `1:${oldEnc}:${oldIdx}` })
    expect(ring.current.version).toBe(2)
    expect(ring.current.encryptionKey.toString('base64')).toBe(enc)
    expect(ring.previous.map((k) => [k.version, k.indexKey.toString('base64')])).toEqual([
      [1, oldIdx],
    ])
    expect(() =>
      loadFieldKeyRing({ ...base, version: '1', previous: `1:${oldEnc}:${oldIdx}` }),
    ).toThrow(/repeats/)
    expect(() => loadFieldKeyRing({ ...base, version: '256' })).toThrow(/1 to 255/)
    expect(() => loadFieldKeyRing({ ...base, previous: `1:short:${oldIdx}` })).toThrow(/32 bytes/)
    expect(() => loadFieldKeyRing({ ...base, encryptionKey: undefined })).toThrow(/must be set/)
  })

  it('generates the embedded file once (0600) and reads the first one-pair format as version 1', () => {
    const dir = folder()
    const ring = loadFieldKeyRing({
      encryptionKey: undefined,
      indexKey: undefined,
      dataDir: dir,
      embedded: true,
    })
    const file = path.join(dir, 'field-keys.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8')).current).toBe(1)
    expect(
      loadFieldKeyRing({
        encryptionKey: undefined,
        indexKey: undefined,
        dataDir: dir,
        embedded: true,
      }),
    ).toEqual(ring)

    const old = folder()
    const [enc, idx] = [b64(), b64()]
    writeFileSync(
      path.join(old, 'field-keys.json'),
      JSON.stringify({ encryptionKey: enc, indexKey: idx }),
    )
    const read = loadFieldKeyRing({
      encryptionKey: undefined,
      indexKey: undefined,
      dataDir: old,
      embedded: true,
    })
    expect(read.current).toEqual({
      version: 1,
      encryptionKey: Buffer.from(enc, 'base64'),
      indexKey: Buffer.from(idx, 'base64'),
    })
    expect(read.previous).toEqual([])
  })

  it('rotates: a new current version, the old kept, written whole and read back the same', () => {
    const dir = folder()
    const file = path.join(dir, 'field-keys.json')
    const first = loadFieldKeyRing({
      encryptionKey: undefined,
      indexKey: undefined,
      dataDir: dir,
      embedded: true,
    })
    const second = rotatedRing(first)
    writeFieldKeysFile(file, second)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const read = parseFieldKeysFile(readFileSync(file, 'utf8'), file)
    expect(read.current.version).toBe(2)
    expect(read.previous).toEqual([first.current])
    expect(fieldKeysFile(read)).toEqual(fieldKeysFile(second))
    // Old values stay readable; the blind index answers under both index keys, the new first.
    const before = createFieldCipher(first.current)
    const after = createFieldCipher(read.current, read.previous)
    expect(after.decrypt(before.encrypt('11010519491231002X'))).toBe('11010519491231002X')
    expect(after.blindIndexes('x')).toEqual([after.blindIndex('x'), before.blindIndex('x')])
    expect(after.currentVersion).toBe(2)
  })

  it('pnpm keys:rotate prints the new environment values for a hosted server', () => {
    const [enc, idx] = [b64(), b64()]
    // Node with tsx from the API package, whatever folder the test run started in (CI: the root).
    const cli = fileURLToPath(new URL('./rotate-keys-cli.ts', import.meta.url))
    const out = execFileSync(process.execPath, ['--import', 'tsx', cli], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      env: {
        ...process.env,
        FIELD_ENCRYPTION_KEY: enc,
        BLIND_INDEX_KEY: idx,
        FIELD_KEY_VERSION: '',
      },
      encoding: 'utf8',
    })
    expect(out).toContain('FIELD_KEY_VERSION=2')
    expect(out).toContain(`FIELD_PREVIOUS_KEYS=1:${enc}:${idx}`)
  }, 30_000)
})
