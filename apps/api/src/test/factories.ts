import { randomBytes } from 'node:crypto'
import type { TRole } from '@cr/shared/auth/roles'
import type { TTransaction } from '../lib/db-types.ts'
import { toDbDate } from '../lib/dates.ts'
import { newId } from '../lib/ids.ts'
import { hashPassword } from '../modules/auth/password-hashing.ts'
import type { TFieldCipher } from '../lib/crypto/field-cipher.ts'
import { buildingAddress } from '@cr/shared/places/building'
import { dwellingAddress } from '@cr/shared/places/dwelling'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import { residentRowData } from '../modules/residents/resident-row.ts'

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

let residentSequence = Math.floor(Math.random() * 500)

/** A valid, unique-enough ID number (a random birth date and sequence in 370521, 垦利). */
export const testIdNumber = (options: { birthDate?: string; male?: boolean } = {}) => {
  const year = 1940 + Math.floor(Math.random() * 70)
  const birthDate =
    options.birthDate ??
    `${year}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`
  residentSequence = (residentSequence + 1) % 500
  const sequence = residentSequence * 2 + (options.male === false ? 0 : 1)
  return composeIdNumber('370521', birthDate, sequence)
}

export const seedResident = async (
  db: TTransaction,
  cipher: TFieldCipher,
  overrides: Partial<{
    committeeId: string
    name: string
    idNumber: string
    phone: string | null
    tags: string[]
    residence: 'here' | 'elsewhere'
  }> & {
    committeeId: string
  },
) =>
  db.resident.create({
    data: residentRowData(cipher, {
      committeeId: overrides.committeeId,
      name: overrides.name ?? `居民${unique()}`,
      idNumber: overrides.idNumber ?? testIdNumber(),
      phone: overrides.phone ?? null,
      tags: overrides.tags ?? [],
      ...(overrides.residence ? { residence: overrides.residence } : {}),
    }),
  })

/** 楼栋: a building of a committee, its standard address derived as the API derives it. */
export const seedBuilding = async (
  db: TTransaction,
  overrides: Partial<{
    street: string
    buildingNumber: string
    estateName: string | null
    gridCode: string | null
  }> & { committeeId: string },
) => {
  const fields = {
    street: `测试路${unique()}`,
    buildingNumber: '1号楼',
    estateName: null,
    gridCode: null,
    ...overrides,
  }
  return db.building.create({ data: { id: newId(), ...fields, address: buildingAddress(fields) } })
}

/** 房屋: a dwelling in a building (its committee and address follow from the building). */
export const seedDwelling = async (
  db: TTransaction,
  overrides: Partial<{ unit: string | null; room: string }> & { buildingId: string },
) => {
  const building = await db.building.findUniqueOrThrow({ where: { id: overrides.buildingId } })
  const { unit = null, room = `${100 + Math.floor(Math.random() * 900)}${unique()}` } = overrides
  return db.dwelling.create({
    data: {
      id: newId(),
      buildingId: building.id,
      committeeId: building.committeeId,
      unit,
      room,
      address: dwellingAddress(building.address, { unit, room }),
    },
  })
}

/**
 * A node of the party organisation tree, as a party administrator sets it up: by default a
 * 党工委 (the root level, which only party administrators create through the API).
 */
export const seedPartyOrganization = async (
  db: TTransaction,
  overrides: Partial<{
    parentId: string | null
    level: 'committee' | 'branch' | 'group'
    name: string
    committeeIds: string[]
  }> = {},
) => {
  const { parentId = null, level = 'committee', committeeIds = [] } = overrides
  const parent = parentId
    ? await db.partyOrganization.findUniqueOrThrow({ where: { id: parentId } })
    : null
  const id = newId()
  return db.partyOrganization.create({
    data: {
      id,
      parentId,
      path: `${parent?.path ?? '/'}${id}/`,
      level,
      name: overrides.name ?? `党工委${unique()}`,
      committees: { create: committeeIds.map((committeeId) => ({ committeeId })) },
    },
  })
}

/** A co-building unit (共建单位), which only party administrators create through the API. */
export const seedCoBuildingUnit = async (
  db: TTransaction,
  overrides: Partial<{ name: string; partyBranchName: string | null }> = {},
) =>
  db.coBuildingUnit.create({
    data: {
      id: newId(),
      name: overrides.name ?? `共建单位${unique()}`,
      partyBranchName: overrides.partyBranchName ?? null,
    },
  })

/**
 * A party member on an organisation's roll (正式, 直管 by default), as the roster import or
 * 新增党员 would leave them; their committee is the resident's.
 */
export const seedPartyMember = async (
  db: TTransaction,
  overrides: Partial<{
    status: 'probationary' | 'full'
    joinedOn: string
    fullMembershipOn: string | null
  }> & { residentId: string; organizationId: string },
) => {
  const resident = await db.resident.findUniqueOrThrow({ where: { id: overrides.residentId } })
  const {
    status = 'full',
    joinedOn = '2010-07-01',
    fullMembershipOn = status === 'full' ? '2011-07-01' : null,
  } = overrides
  return db.partyMember.create({
    data: {
      id: newId(),
      residentId: resident.id,
      organizationId: overrides.organizationId,
      committeeId: resident.committeeId,
      status,
      category: 'direct',
      joinedOn: toDbDate(joinedOn),
      fullMembershipOn: fullMembershipOn ? toDbDate(fullMembershipOn) : null,
    },
  })
}

/**
 * 出租房屋: a dwelling let by a landlord (a resident row; by default a new person living
 * elsewhere), with the committee of the dwelling.
 */
export const seedRentalProperty = async (
  db: TTransaction,
  cipher: TFieldCipher,
  overrides: Partial<{
    landlordResidentId: string
    allowedOccupants: number | null
    use: 'residential' | 'business' | 'production' | 'storage' | 'other'
  }> & { dwellingId: string },
) => {
  const dwelling = await db.dwelling.findUniqueOrThrow({ where: { id: overrides.dwellingId } })
  const landlordResidentId =
    overrides.landlordResidentId ??
    (
      await db.resident.create({
        data: residentRowData(cipher, {
          committeeId: dwelling.committeeId,
          name: `房东${unique()}`,
          idNumber: testIdNumber(),
          residence: 'elsewhere',
        }),
      })
    ).id
  return db.rentalProperty.create({
    data: {
      id: newId(),
      committeeId: dwelling.committeeId,
      dwellingId: dwelling.id,
      landlordResidentId,
      use: overrides.use ?? 'residential',
      allowedOccupants: overrides.allowedOccupants ?? null,
    },
  })
}

/** 治安责任书 of a rental property; a year's lease from `leaseStartsOn` unless given. */
export const seedRentalContract = async (
  db: TTransaction,
  overrides: Partial<{
    number: string
    signedOn: string
    leaseStartsOn: string
    leaseEndsOn: string
    cancelledOn: string | null
  }> & { propertyId: string },
) => {
  const property = await db.rentalProperty.findUniqueOrThrow({
    where: { id: overrides.propertyId },
  })
  const leaseStartsOn = overrides.leaseStartsOn ?? '2026-01-01'
  return db.rentalContract.create({
    data: {
      id: newId(),
      committeeId: property.committeeId,
      propertyId: property.id,
      number: overrides.number ?? `测试-${unique()}`,
      signedOn: toDbDate(overrides.signedOn ?? leaseStartsOn),
      leaseStartsOn: toDbDate(leaseStartsOn),
      leaseEndsOn: toDbDate(overrides.leaseEndsOn ?? '2026-12-31'),
      cancelledOn: overrides.cancelledOn ? toDbDate(overrides.cancelledOn) : null,
    },
  })
}
