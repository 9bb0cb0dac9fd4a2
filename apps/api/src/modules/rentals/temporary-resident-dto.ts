import type { TTemporaryResident } from '@cr/shared/rentals/temporary-resident'
import { endorsementDueOn, endorsementState } from '@cr/shared/rentals/rental-rules'
import { holidayScheduleKnown } from '@cr/shared/rentals/working-days'
import { daysBetween } from '@cr/shared/party/calendar'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'
import { personSelect, toPersonRef, type TPersonRow } from './rental-people.ts'

export const temporaryResidentInclude = {
  committee: { select: { id: true, name: true } },
  resident: { select: personSelect },
  property: { select: { id: true, dwelling: { select: { address: true } } } },
  dwelling: { select: { id: true, address: true } },
  contract: { select: { id: true, number: true } },
} as const

type TRow = Awaited<ReturnType<TTransaction['temporaryResident']['findFirstOrThrow']>> & {
  committee: { id: string; name: string }
  resident: TPersonRow
  property: { id: string; dwelling: { address: string } } | null
  dwelling: { id: string; address: string }
  contract: { id: string; number: string } | null
}

const day = (d: Date | null) => (d ? fromDbDate(d) : null)

/**
 * A registration as the API shows it. The deadline is the one stored when the move-in was
 * written (the holiday schedule then); late, due and overdue are read against it on `today`.
 */
export const toTemporaryResidentDto = (row: TRow, today: string): TTemporaryResident => {
  const movedInOn = fromDbDate(row.movedInOn)
  const deadline = fromDbDate(row.registrationDeadline)
  const declaredOn = day(row.declaredOn)
  const daysLate = daysBetween(deadline, declaredOn ?? today)
  const timeliness = declaredOn
    ? daysLate > 0
      ? 'late'
      : 'on_time'
    : daysLate > 0
      ? 'overdue'
      : 'due'
  const permitIssuedOn = day(row.permitIssuedOn)
  const due = permitIssuedOn
    ? endorsementDueOn(permitIssuedOn, day(row.permitLastEndorsedOn))
    : null
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    person: toPersonRef(row.resident),
    householdRegionCode: row.householdRegionCode,
    householdRegion: row.householdRegion,
    householdProvince: row.householdProvince,
    lodging: row.lodging,
    property: row.property ? { id: row.property.id, name: row.property.dwelling.address } : null,
    dwelling: { id: row.dwelling.id, name: row.dwelling.address },
    contract: row.contract ? { id: row.contract.id, name: row.contract.number } : null,
    movedInOn,
    reason: row.reason,
    employer: row.employer,
    declaredOn,
    deadline,
    deadlineProvisional: !holidayScheduleKnown(movedInOn) || !holidayScheduleKnown(deadline),
    timeliness,
    leftOn: day(row.leftOn),
    leaveReason: row.leaveReason,
    permit:
      row.permitNumber && permitIssuedOn && due
        ? {
            number: row.permitNumber,
            issuedOn: permitIssuedOn,
            lastEndorsedOn: day(row.permitLastEndorsedOn),
            endorsementDueOn: due,
            endorsementState: endorsementState(due, today),
          }
        : null,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
