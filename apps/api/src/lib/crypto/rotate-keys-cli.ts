// `pnpm keys:rotate` — adds a field-key version (README "Rotating the field keys").
// Embedded default (no FIELD_ENCRYPTION_KEY): a fresh pair becomes current in
// $DATA_DIR/field-keys.json, every older version kept; the file is replaced atomically, 0600.
// Hosted (the keys in the environment): prints the values to set on every API process.
// New writes use the new version as soon as a process runs with it; the API then re-encrypts
// and re-indexes the older rows in the background (key-rotation.ts). Exit 0 done, 1 failed.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  fieldKeysFileName,
  loadFieldKeyRing,
  parseFieldKeysFile,
  rotatedRing,
  writeFieldKeysFile,
} from './field-keys.ts'

const shellCwd = process.env.CR_SHELL_CWD || process.env.INIT_CWD || process.cwd()
const repoRoot = path.resolve(import.meta.dirname, '../../../../..')
const dataDir = process.env.DATA_DIR
  ? path.resolve(shellCwd, process.env.DATA_DIR)
  : path.join(repoRoot, '.data')

try {
  if (process.env.FIELD_ENCRYPTION_KEY) {
    const ring = loadFieldKeyRing({
      encryptionKey: process.env.FIELD_ENCRYPTION_KEY,
      indexKey: process.env.BLIND_INDEX_KEY,
      version: process.env.FIELD_KEY_VERSION,
      previous: process.env.FIELD_PREVIOUS_KEYS,
      dataDir,
      embedded: false,
    })
    const next = rotatedRing(ring)
    const b64 = (key: Buffer) => key.toString('base64')
    console.log(
      [
        `# 新的字段密钥版本 ${next.current.version}：在每个 API 进程的环境中设置以下值并重启。`,
        `# New field-key version ${next.current.version}: set these on every API process and restart.`,
        `FIELD_KEY_VERSION=${next.current.version}`,
        `FIELD_ENCRYPTION_KEY=${b64(next.current.encryptionKey)}`,
        `BLIND_INDEX_KEY=${b64(next.current.indexKey)}`,
        `FIELD_PREVIOUS_KEYS=${next.previous.map((k) => `${k.version}:${b64(k.encryptionKey)}:${b64(k.indexKey)}`).join(',')}`,
      ].join('\n'),
    )
  } else {
    const file = path.join(dataDir, fieldKeysFileName)
    if (!existsSync(file)) throw new Error(`${file} does not exist: start the server once first`)
    const next = rotatedRing(parseFieldKeysFile(readFileSync(file, 'utf8'), file))
    writeFieldKeysFile(file, next)
    console.log(
      [
        `字段密钥已轮换 / field keys rotated: version ${next.current.version} is current in ${file}`,
        `  the older versions are kept to read (and re-encrypt) the values they encrypted.`,
        `  重启服务器后，新写入使用新版本，旧数据在后台重新加密。Restart the server: new writes use it at once,`,
        `  older rows are re-encrypted in the background. Export the keys again from the backups page.`,
      ].join('\n'),
    )
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
