import { addDays, addYears } from '@cr/shared/party/calendar'
import { contractExpiringWithinDays } from '@cr/shared/rentals/rental-rules'
import type { TRentalReminders } from '@cr/shared/rentals/rental-reminders'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { currentContractWhere } from './rental-property-dto.ts'
import { permitDueIds } from './temporary-residents.service.ts'

const defaultTake = 50
const committee = { select: { id: true, name: true } } as const

/**
 * 出租房屋提醒 on `today` (the home page and the API): contracts ending within 30 days, contracts
 * expired with tenants still living there, registrations past their deadline, 居住证 签注 due,
 * rectifications overdue, people pending registration — each counted and its first 50 listed,
 * only in the caller's committees. The reminders centre (`rentals.reminders.ts`) lists more of
 * each (`take`).
 */
export const rentalReminders = async (
  db: TTransaction,
  actor: TActor,
  today: string,
  { take = defaultTake }: { take?: number } = {},
): Promise<TRentalReminders> => {
  const day = toDbDate(today)
  const scope = committeeScope(actor)
  const live = { deletedAt: null }
  const list = async <R>(
    count: Promise<number>,
    rows: Promise<R[]>,
    item: (row: R) => TRentalReminders['contractsEnding']['items'][number],
  ) => {
    const [total, found] = await Promise.all([count, rows])
    return { total, items: found.map(item) }
  }
  const contractRow = {
    id: true,
    number: true,
    leaseEndsOn: true,
    committee,
    propertyId: true,
    property: { select: { dwelling: { select: { address: true } } } },
  } as const
  type TContractRow = {
    id: string
    number: string
    leaseEndsOn: Date
    committee: { id: string; name: string }
    propertyId: string
    property: { dwelling: { address: string } }
  }
  const contractItem = (c: TContractRow) => ({
    id: c.id,
    title: c.property.dwelling.address,
    detail: c.number,
    date: fromDbDate(c.leaseEndsOn),
    committee: c.committee,
    propertyId: c.propertyId,
  })
  const ending = {
    AND: [
      scope,
      currentContractWhere,
      {
        cancelledOn: null,
        leaseEndsOn: { gte: day, lte: toDbDate(addDays(today, contractExpiringWithinDays)) },
      },
    ],
  }
  const expiredOccupied = {
    AND: [
      scope,
      currentContractWhere,
      {
        cancelledOn: null,
        leaseEndsOn: { lt: day },
        property: { temporaryResidents: { some: { leftOn: null, deletedAt: null } } },
      },
    ],
  }
  const overdue = {
    AND: [scope, live, { leftOn: null, declaredOn: null, registrationDeadline: { lt: day } }],
  }
  // The list filter's own statement (permitDueIds), so the reminder and 签注将到期 agree.
  const permitDue = { AND: [scope, { id: { in: await permitDueIds(db, today) } }] }
  const rectification = {
    AND: [scope, live, { rectifiedOn: null, rectificationDueOn: { lt: day } }],
  }
  const pending = { AND: [scope, live, { state: 'pending' as const }] }
  const personRow = {
    id: true,
    committee,
    propertyId: true,
    resident: { select: { name: true } },
    dwelling: { select: { address: true } },
  } as const
  return {
    today,
    contractsEnding: await list(
      db.rentalContract.count({ where: ending }),
      db.rentalContract.findMany({
        where: ending,
        orderBy: [{ leaseEndsOn: 'asc' }, { id: 'asc' }],
        take,
        select: contractRow,
      }),
      contractItem,
    ),
    contractsExpiredOccupied: await list(
      db.rentalContract.count({ where: expiredOccupied }),
      db.rentalContract.findMany({
        where: expiredOccupied,
        orderBy: [{ leaseEndsOn: 'asc' }, { id: 'asc' }],
        take,
        select: contractRow,
      }),
      contractItem,
    ),
    registrationsOverdue: await list(
      db.temporaryResident.count({ where: overdue }),
      db.temporaryResident.findMany({
        where: overdue,
        orderBy: [{ registrationDeadline: 'asc' }, { id: 'asc' }],
        take,
        select: { ...personRow, registrationDeadline: true },
      }),
      (r) => ({
        id: r.id,
        title: r.resident.name,
        detail: r.dwelling.address,
        date: fromDbDate(r.registrationDeadline),
        committee: r.committee,
        propertyId: r.propertyId,
      }),
    ),
    endorsementsDue: await list(
      db.temporaryResident.count({ where: permitDue }),
      db.temporaryResident.findMany({
        where: permitDue,
        orderBy: [{ permitIssuedOn: 'asc' }, { id: 'asc' }],
        take,
        select: {
          ...personRow,
          permitNumber: true,
          permitIssuedOn: true,
          permitLastEndorsedOn: true,
        },
      }),
      (r) => {
        const issued = fromDbDate(r.permitIssuedOn!)
        const last = r.permitLastEndorsedOn ? fromDbDate(r.permitLastEndorsedOn) : null
        return {
          id: r.id,
          title: r.resident.name,
          detail: r.permitNumber,
          date: addYears(last && last > issued ? last : issued, 1),
          committee: r.committee,
          propertyId: r.propertyId,
        }
      },
    ),
    rectificationsOverdue: await list(
      db.rentalInspection.count({ where: rectification }),
      db.rentalInspection.findMany({
        where: rectification,
        orderBy: [{ rectificationDueOn: 'asc' }, { id: 'asc' }],
        take,
        select: {
          id: true,
          committee,
          findings: true,
          rectificationDueOn: true,
          propertyId: true,
          property: { select: { dwelling: { select: { address: true } } } },
        },
      }),
      (r) => ({
        id: r.id,
        title: r.property.dwelling.address,
        detail: r.findings,
        date: fromDbDate(r.rectificationDueOn!),
        committee: r.committee,
        propertyId: r.propertyId,
      }),
    ),
    pendingRegistrations: await list(
      db.pendingRegistration.count({ where: pending }),
      db.pendingRegistration.findMany({
        where: pending,
        orderBy: [{ reportedOn: 'asc' }, { id: 'asc' }],
        take,
        select: {
          id: true,
          name: true,
          committee,
          reportedOn: true,
          propertyId: true,
          property: { select: { dwelling: { select: { address: true } } } },
        },
      }),
      (r) => ({
        id: r.id,
        title: r.name,
        detail: r.property.dwelling.address,
        date: fromDbDate(r.reportedOn),
        committee: r.committee,
        propertyId: r.propertyId,
      }),
    ),
  }
}
