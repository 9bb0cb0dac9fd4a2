import type { PrismaClient } from '@cr/db/client'
import { checkPassword } from '@cr/shared/auth/password-policy'
import { writeAudit } from '../lib/audit.ts'
import type { TFieldCipher } from '../lib/crypto/field-cipher.ts'
import type { TTransaction } from '../lib/db-types.ts'
import { newId } from '../lib/ids.ts'
import { hashPassword } from '../modules/auth/password-hashing.ts'
import { planDemoData, type TDemoPlanOptions } from './plan.ts'
import { type TDemoCounts, type TStaffRow, writePlan } from './write-plan.ts'

/**
 * The database limits the seed runs under (its bulk INSERTs of a large scale take longer than the
 * API's 5 s statement limit, and its one transaction computes rows between them); the seed CLI
 * and the demo-data test use the same.
 */
export const seedDatabaseLimits = {
  statementTimeoutMs: 120_000,
  idleInTransactionTimeoutMs: 60_000,
}

/** Demo passwords: they meet the 等保 policy, so the accounts need no change at first sign-in. */
export const demoPasswords = { clerk: 'Demo#2026clerk', leader: 'Demo#2026lead' } as const

export type TSeedDemoOptions = TDemoPlanOptions & {
  prisma: PrismaClient
  cipher: TFieldCipher
  /** Passwords of the clerk accounts and of the supervisor `leader`; default `demoPasswords`. */
  passwords?: Partial<Record<keyof typeof demoPasswords, string>>
}

export type TDemoAccount = {
  username: string
  password: string
  displayName: string
  role: 'clerk' | 'supervisor'
  /** The committee a clerk works for; null for the supervisor, who sees every committee. */
  committee: string | null
}

export type TDemoDataResult = {
  seed: number
  scale: number
  /** The demo's date (China Standard Time) that ages are counted to. */
  today: string
  committees: { id: string; name: string; code: string }[]
  counts: TDemoCounts
  accounts: TDemoAccount[]
  elapsedMs: number
}

/** The database already has data: demo data goes only into an empty one. */
export class DemoDataRefusedError extends Error {
  override name = 'DemoDataRefusedError'
}

const assertEmpty = async (db: TTransaction, usernames: string[]) => {
  const committees = await db.committee.count()
  if (committees > 0)
    throw new DemoDataRefusedError(
      `demo data refused: the database already has ${committees} committee(s); demo data is only written into an empty database`,
    )
  const taken = await db.user.findMany({
    where: { username: { in: usernames }, deletedAt: null },
    select: { username: true },
  })
  if (taken.length > 0)
    throw new DemoDataRefusedError(
      `demo data refused: user(s) ${taken.map((u) => u.username).join(', ')} already exist`,
    )
}

/**
 * Fills an empty database with a living demo community (see `planDemoData`): committees,
 * buildings, dwellings, households with their history, a few thousand residents with valid,
 * encrypted ID numbers, building leaders, a clerk per committee and a supervisor. One
 * transaction: all or nothing, and one audit row (`import`, entity `demo`) with the counts.
 * Refuses (DemoDataRefusedError) when any committee exists.
 */
export const seedDemoData = async (options: TSeedDemoOptions): Promise<TDemoDataResult> => {
  const started = performance.now()
  const { prisma, cipher } = options
  const now = options.now ?? new Date()
  const scale = options.scale ?? 1
  const passwords = { ...demoPasswords, ...options.passwords }
  const plan = planDemoData({ seed: options.seed, now, scale, newId: options.newId })
  const usernames = plan.staff.map((s) => s.username)
  for (const s of plan.staff) {
    const password = s.role === 'clerk' ? passwords.clerk : passwords.leader
    const problem = checkPassword(password, 'dengbao', { username: s.username })
    if (problem)
      throw new Error(`demo data: the password for ${s.username} is refused (${problem})`)
  }
  // Before the slow part, so a second run fails at once; checked again under the lock.
  await assertEmpty(prisma, usernames)

  const committeeIdOf = new Map(plan.committees.map((c) => [c.key, c.id]))
  const staff: TStaffRow[] = await Promise.all(
    plan.staff.map(async (s) => ({
      id: newId(),
      username: s.username,
      displayName: s.displayName,
      role: s.role,
      passwordHash: await hashPassword(s.role === 'clerk' ? passwords.clerk : passwords.leader),
      committeeId: s.committeeKey ? committeeIdOf.get(s.committeeKey)! : null,
    })),
  )

  const counts = await prisma.$transaction(
    async (tx) => {
      // A second seeding at the same moment waits here, then finds the committees and stops.
      await tx.$executeRaw`LOCK TABLE committee IN SHARE ROW EXCLUSIVE MODE`
      await assertEmpty(tx, usernames)
      const written = await writePlan(tx, cipher, plan, staff, now)
      await writeAudit(
        tx,
        null,
        { requestId: 'demo-data', clientIp: '127.0.0.1' },
        {
          action: 'import',
          entityType: 'demo',
          reason: 'demo data',
          after: { seed: plan.seed, scale, today: plan.today, ...written },
        },
      )
      return written
    },
    { maxWait: 10_000, timeout: Math.max(60_000, 30_000 * scale) },
  )

  const committeeName = new Map(plan.committees.map((c) => [c.key, c.name]))
  return {
    seed: plan.seed,
    scale,
    today: plan.today,
    committees: plan.committees.map(({ id, name, code }) => ({ id, name, code })),
    counts,
    accounts: plan.staff.map((s) => ({
      username: s.username,
      password: s.role === 'clerk' ? passwords.clerk : passwords.leader,
      displayName: s.displayName,
      role: s.role === 'clerk' ? 'clerk' : 'supervisor',
      committee: s.committeeKey ? committeeName.get(s.committeeKey)! : null,
    })),
    elapsedMs: Math.round(performance.now() - started),
  }
}
