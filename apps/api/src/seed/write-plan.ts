import { maskIdNumber } from '@cr/shared/validators/id-number'
import { headRelationship } from '@cr/shared/households/household'
import type { TFieldCipher } from '../lib/crypto/field-cipher.ts'
import type { TTransaction } from '../lib/db-types.ts'
import { toDbDate } from '../lib/dates.ts'
import { newId } from '../lib/ids.ts'
import type { TDemoPlan } from './plan.ts'
import { residentRowData } from '../modules/residents/resident-row.ts'

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table. */
const batchSize = 1000

const inBatches = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += batchSize) await insert(rows.slice(i, i + batchSize))
}

/** Who the household history names as having recorded the demo's events. */
export const demoActorName = '演示数据'

export type TStaffRow = {
  id: string
  username: string
  displayName: string
  role: TDemoPlan['staff'][number]['role']
  passwordHash: string
  committeeId: string | null
}

/**
 * Writes a planned community in multi-row INSERTs, in foreign-key order, inside the caller's
 * transaction. ID numbers (residents' and free-text owners') are encrypted here; the rows are
 * built before the first INSERT so the transaction is not held open while encrypting.
 */
export const writePlan = async (
  tx: TTransaction,
  cipher: TFieldCipher,
  plan: TDemoPlan,
  staff: TStaffRow[],
  now: Date,
) => {
  const residents = plan.residents.map((r) =>
    residentRowData(
      cipher,
      {
        id: r.id,
        committeeId: r.committeeId,
        name: r.name,
        idNumber: r.idNumber,
        ethnicity: r.ethnicity,
        education: r.education,
        politicalStatus: r.politicalStatus,
        maritalStatus: r.maritalStatus,
        employmentStatus: r.employmentStatus,
        phone: r.phone,
        category: r.category,
        tags: r.tags,
        notes: r.notes,
      },
      now,
    ),
  )
  const dwellings = plan.dwellings.map((d) => {
    const owner = d.owner
    const byName = owner && 'idNumber' in owner ? owner : null
    return {
      id: d.id,
      committeeId: d.committeeId,
      buildingId: d.buildingId,
      unit: d.unit,
      room: d.room,
      address: d.address,
      area: d.area,
      use: d.use,
      ownerResidentId: owner && 'residentId' in owner ? owner.residentId : null,
      ownerName: byName?.name ?? null,
      ownerIdNumberCipher: byName ? cipher.encrypt(byName.idNumber) : null,
      ownerIdNumberMasked: byName ? maskIdNumber(byName.idNumber) : null,
    }
  })
  const members = plan.households.flatMap((h) =>
    h.members.map((m) => ({
      id: newId(),
      householdId: h.id,
      residentId: m.residentId,
      relationship: m.relationship,
      joinedOn: toDbDate(m.joinedOn),
    })),
  )
  // 立户 with the head, then one 迁入 per member, as the household service records them.
  const events = plan.households.flatMap((h) =>
    h.members.map((m) => ({
      id: newId(),
      householdId: h.id,
      type: m.relationship === headRelationship ? 'created' : 'moved_in',
      occurredOn: toDbDate(m.relationship === headRelationship ? h.movedInOn : m.joinedOn),
      residentId: m.residentId,
      relationship: m.relationship,
      reason: m.reason,
      actorName: demoActorName,
    })),
  )

  await tx.committee.createMany({
    data: plan.committees.map(({ id, name, code, address, phone }) => ({
      id,
      name,
      code,
      address,
      phone,
    })),
  })
  await tx.user.createMany({
    data: staff.map(({ committeeId: _, ...user }) => ({ ...user, mustChangePassword: false })),
  })
  await tx.userCommittee.createMany({
    data: staff.flatMap((s) =>
      s.committeeId ? [{ userId: s.id, committeeId: s.committeeId }] : [],
    ),
  })
  await inBatches(plan.buildings, (batch) =>
    tx.building.createMany({
      data: batch.map(({ builtYear: _, ...building }) => building),
    }),
  )
  await inBatches(residents, (batch) => tx.resident.createMany({ data: batch }))
  await inBatches(dwellings, (batch) => tx.dwelling.createMany({ data: batch }))
  await inBatches(plan.households, (batch) =>
    tx.household.createMany({
      data: batch.map(({ id, committeeId, dwellingId, headResidentId }) => ({
        id,
        committeeId,
        dwellingId,
        headResidentId,
      })),
    }),
  )
  await inBatches(members, (batch) => tx.householdMember.createMany({ data: batch }))
  await inBatches(events, (batch) => tx.householdEvent.createMany({ data: batch }))
  await inBatches(plan.leaders, (batch) =>
    tx.buildingLeader.createMany({
      data: batch.map((l) => ({ ...l, since: toDbDate(l.since) })),
    }),
  )
  return {
    committees: plan.committees.length,
    buildings: plan.buildings.length,
    dwellings: dwellings.length,
    households: plan.households.length,
    residents: residents.length,
    householdMembers: members.length,
    householdEvents: events.length,
    buildingLeaders: plan.leaders.length,
    users: staff.length,
  }
}

export type TDemoCounts = Awaited<ReturnType<typeof writePlan>>
