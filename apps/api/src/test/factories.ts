import { randomBytes } from 'node:crypto'
import type { TRole } from '@cr/shared/auth/roles'
import type { TTransaction } from '../lib/db-types.ts'
import { newId } from '../lib/ids.ts'
import { hashPassword } from '../modules/auth/password-hashing.ts'

/**
 * Seed factories shared by the API tests and the end-to-end tests. Each record gets unique
 * names, so tests can run in parallel on one database; any field can be overridden.
 */
const unique = () => randomBytes(4).toString('hex')

/** Meets the 等保 policy (length, three classes, not common). */
export const defaultTestPassword = 'Ju8#wei-Pass'

export const seedCommittee = async (
  db: TTransaction,
  overrides: Partial<{
    name: string
    code: string
    address: string | null
    phone: string | null
    active: boolean
  }> = {},
) => {
  const suffix = unique()
  return db.committee.create({
    data: {
      id: newId(),
      name: `测试居委会${suffix}`,
      code: `T${suffix}`,
      address: null,
      phone: null,
      ...overrides,
    },
  })
}

export type TSeedUserOptions = Partial<{
  username: string
  displayName: string
  role: TRole
  password: string
  committeeIds: string[]
  active: boolean
  expiresOn: Date | null
  mustChangePassword: boolean
}>

export const seedUser = async (db: TTransaction, options: TSeedUserOptions = {}) => {
  const { committeeIds = [], password = defaultTestPassword, ...rest } = options
  const user = await db.user.create({
    data: {
      id: newId(),
      username: `user_${unique()}`,
      displayName: '测试用户',
      role: 'clerk',
      ...rest,
      passwordHash: await hashPassword(password),
      committees: { create: committeeIds.map((committeeId) => ({ committeeId })) },
    },
  })
  return { ...user, password }
}
