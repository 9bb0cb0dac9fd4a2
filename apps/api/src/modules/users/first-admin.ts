import { randomInt } from 'node:crypto'
import type { TTransaction } from '../../lib/db-types.ts'
import { checkPassword } from '@cr/shared/auth/password-policy'
import { writeAudit } from '../../lib/audit.ts'
import { newId } from '../../lib/ids.ts'
import { hashPassword } from '../auth/password-hashing.ts'

/** A generated password that satisfies the strictest policy: 20 characters from four classes. */
const generatePassword = (): string => {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '#%+=@^_-']
  for (;;) {
    const chars = Array.from({ length: 20 }, (_, i) => {
      const set = sets[i % sets.length]!
      return set[randomInt(set.length)]!
    })
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1)
      ;[chars[i], chars[j]] = [chars[j]!, chars[i]!]
    }
    const password = chars.join('')
    if (!checkPassword(password, 'dengbao')) return password
  }
}

/**
 * On a database with no users, creates the first administrator so someone can sign in.
 * With ADMIN_PASSWORD the account is ready to use (scripted setups); otherwise a generated
 * password is returned to be printed once, and must be changed at first sign-in. Several
 * processes starting together on a new database: one creates it (a transaction lock, then the
 * check again), the others find it there and go on.
 */
export const ensureFirstAdmin = async (
  db: TTransaction & { $transaction: <T>(fn: (tx: TTransaction) => Promise<T>) => Promise<T> },
  options: { username: string; password: string | undefined },
): Promise<{ username: string; generatedPassword: string | null } | null> => {
  if ((await db.user.count()) > 0) return null
  const generatedPassword = options.password ? null : generatePassword()
  const password = options.password ?? generatedPassword!
  const username = options.username.toLowerCase()
  const passwordHash = await hashPassword(password)
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('first_admin'))`
    if ((await tx.user.count()) > 0) return false
    const id = newId()
    await tx.user.create({
      data: {
        id,
        username,
        displayName: '系统管理员',
        role: 'admin',
        passwordHash,
        mustChangePassword: generatedPassword !== null,
      },
    })
    await writeAudit(
      tx,
      null,
      { requestId: 'startup', clientIp: '127.0.0.1' },
      {
        action: 'create',
        entityType: 'user',
        entityId: id,
        after: { username, role: 'admin' },
        reason: 'first administrator created at start-up',
      },
    )
    return true
  })
  return created ? { username, generatedPassword } : null
}
