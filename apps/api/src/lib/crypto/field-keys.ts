import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { TFieldKeys } from './field-cipher.ts'

/** Every key version a process can read, and the one new writes use. */
export type TFieldKeyRing = { current: TFieldKeys; previous: TFieldKeys[] }

/**
 * `field-keys.json` (the embedded default's file, and the one-time export's format): every
 * version and which is current. The first format (one pair, no version) is read as version 1.
 */
export type TFieldKeysFile = {
  current: number
  versions: Record<string, { encryptionKey: string; indexKey: string }>
}

export const fieldKeysFileName = 'field-keys.json'

const fromBase64 = (value: string, name: string) => {
  const key = Buffer.from(value, 'base64')
  if (key.length !== 32)
    throw new Error(`${name} must be 32 bytes, base64-encoded (openssl rand -base64 32)`)
  return key
}

/** The version byte leads every stored value: 1..255. */
const checkVersion = (version: number, name: string) => {
  if (!Number.isInteger(version) || version < 1 || version > 255)
    throw new Error(`${name}: a key version is a whole number from 1 to 255`)
  return version
}

const newPair = () => ({
  encryptionKey: randomBytes(32).toString('base64'),
  indexKey: randomBytes(32).toString('base64'),
})

/** Reads a key file in either format into a ring (throws, naming the file, when it is wrong). */
export const parseFieldKeysFile = (text: string, name: string): TFieldKeyRing => {
  const stored = JSON.parse(text) as Partial<TFieldKeysFile> & {
    encryptionKey?: string
    indexKey?: string
  }
  const file: TFieldKeysFile =
    stored.versions && stored.current !== undefined
      ? { current: stored.current, versions: stored.versions }
      : {
          current: 1,
          versions: { 1: { encryptionKey: stored.encryptionKey!, indexKey: stored.indexKey! } },
        }
  const all = Object.entries(file.versions).map(([version, pair]) => ({
    version: checkVersion(Number(version), name),
    encryptionKey: fromBase64(pair.encryptionKey ?? '', `${name} version ${version} encryptionKey`),
    indexKey: fromBase64(pair.indexKey ?? '', `${name} version ${version} indexKey`),
  }))
  const current = all.find((k) => k.version === file.current)
  if (!current) throw new Error(`${name}: the current version ${file.current} has no keys`)
  return { current, previous: all.filter((k) => k !== current) }
}

/** A ring in the file format (the export, the rotation's new file). */
export const fieldKeysFile = (ring: TFieldKeyRing): TFieldKeysFile => ({
  current: ring.current.version,
  versions: Object.fromEntries(
    [...ring.previous, ring.current]
      .sort((a, b) => a.version - b.version)
      .map((k) => [
        String(k.version),
        {
          encryptionKey: k.encryptionKey.toString('base64'),
          indexKey: k.indexKey.toString('base64'),
        },
      ]),
  ),
})

/**
 * `FIELD_PREVIOUS_KEYS`: the older pairs still needed to read what they encrypted, as
 * `version:encryptionKey:indexKey` joined by commas (base64 has neither character).
 */
const parsePreviousKeys = (value: string | undefined): TFieldKeys[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [version, encryptionKey, indexKey] = entry.split(':')
      const v = checkVersion(Number(version), 'FIELD_PREVIOUS_KEYS')
      return {
        version: v,
        encryptionKey: fromBase64(encryptionKey ?? '', `FIELD_PREVIOUS_KEYS version ${v}`),
        indexKey: fromBase64(indexKey ?? '', `FIELD_PREVIOUS_KEYS version ${v}`),
      }
    })

/** Writes the file whole or not at all (a crash half-way leaves the old one), mode 0600. */
export const writeFieldKeysFile = (file: string, ring: TFieldKeyRing) => {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify(fieldKeysFile(ring), null, 2)}\n`, {
    mode: 0o600,
    flag: 'wx',
  })
  renameSync(temporary, file)
}

/** A ring with one more version: a fresh pair becomes current, every older one is kept. */
export const rotatedRing = (ring: TFieldKeyRing): TFieldKeyRing => {
  const versions = [ring.current, ...ring.previous].map((k) => k.version)
  const version = checkVersion(Math.max(...versions) + 1, 'the new key version')
  const pair = newPair()
  return {
    current: {
      version,
      encryptionKey: Buffer.from(pair.encryptionKey, 'base64'),
      indexKey: Buffer.from(pair.indexKey, 'base64'),
    },
    previous: [ring.current, ...ring.previous],
  }
}

export type TFieldKeyOptions = {
  encryptionKey: string | undefined
  indexKey: string | undefined
  /** FIELD_KEY_VERSION (default 1): the version of the pair above. */
  version?: string | undefined
  /** FIELD_PREVIOUS_KEYS (see `parsePreviousKeys`). */
  previous?: string | undefined
  dataDir: string
  embedded: boolean
}

/**
 * The keys for personal-data fields. From FIELD_ENCRYPTION_KEY and BLIND_INDEX_KEY when set (a
 * production server keeps them outside the database and its backups), with FIELD_KEY_VERSION
 * and the older pairs in FIELD_PREVIOUS_KEYS. For the embedded default they are generated once
 * into the data folder (mode 0600), where `pnpm keys:rotate` adds versions. With DATABASE_URL
 * and no keys the server refuses to start rather than invent keys a second machine would not
 * have.
 */
export const loadFieldKeyRing = (options: TFieldKeyOptions): TFieldKeyRing => {
  if (options.encryptionKey && options.indexKey) {
    const current = {
      version: checkVersion(Number(options.version || 1), 'FIELD_KEY_VERSION'),
      encryptionKey: fromBase64(options.encryptionKey, 'FIELD_ENCRYPTION_KEY'),
      indexKey: fromBase64(options.indexKey, 'BLIND_INDEX_KEY'),
    }
    const previous = parsePreviousKeys(options.previous)
    if (previous.some((k) => k.version === current.version))
      throw new Error('FIELD_PREVIOUS_KEYS repeats the current FIELD_KEY_VERSION')
    return { current, previous }
  }
  if (!options.embedded) {
    throw new Error('FIELD_ENCRYPTION_KEY and BLIND_INDEX_KEY must be set when DATABASE_URL is set')
  }
  const file = path.join(options.dataDir, fieldKeysFileName)
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true })
    const generated: TFieldKeysFile = { current: 1, versions: { 1: newPair() } }
    writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600, flag: 'wx' })
  }
  return parseFieldKeysFile(readFileSync(file, 'utf8'), file)
}

/** The current pair only (callers that never read older values). */
export const loadFieldKeys = (options: TFieldKeyOptions): TFieldKeys =>
  loadFieldKeyRing(options).current
