// The superuser password of a local cluster: generated once, kept next to the cluster.
// Why not a fixed "password": the cluster listens on TCP, and on a shared machine another
// user could connect to it. The file is root/owner-only (0600) and lives beside `pgdata/`
// (not inside it: initdb wants an empty directory, and the postgres OS user does not need it).
import crypto from 'node:crypto'
import fs from 'node:fs/promises'

export async function readOrCreatePassword(file: string): Promise<string> {
  try {
    const existing = (await fs.readFile(file, 'utf8')).trim()
    if (existing) return existing
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  // Hex: safe inside a connection URL without escaping.
  const password = crypto.randomBytes(24).toString('hex')
  await fs.writeFile(file, password + '\n', { mode: 0o600 })
  await fs.chmod(file, 0o600) // writeFile's mode is subject to umask
  return password
}
