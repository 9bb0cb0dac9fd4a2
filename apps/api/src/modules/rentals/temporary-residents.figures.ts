import { perMille } from '@cr/shared/patrol/patrol-figures'
import { residenceReasonLabels, type TResidenceReason } from '@cr/shared/rentals/rental-codes'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import {
  committeeFilter,
  notDeletedBy,
  type TFigureDefinition,
  type TFigureScope,
  type TFigureSourceRow,
} from '../statistics/figure-source.ts'

/**
 * The temporary residents' figures (暂住人口) as of a date, from each registration's dates and
 * its events (`TemporaryResidentEvent`): living here from moving in until the day they left
 * (注销; the day itself no longer counts, as the 登记率 reads it), at the dwelling their moves
 * say; registered on the declared day. In the list's scope: the registration's committee.
 * A registration deleted after `asOf` still counts as of `asOf` (it existed then).
 */
const labelOfReason = (reason: string) =>
  residenceReasonLabels[reason as TResidenceReason]?.zh ?? reason

/**
 * Where they lived on `asOf`: the last move on or before it, else where the first later move
 * started from, else where they live now.
 */
const dwellingOn = (
  current: string,
  moves: readonly { on: Date; fromDwellingId: string | null; toDwellingId: string | null }[],
  asOf: string,
) => {
  const before = moves.filter((m) => fromDbDate(m.on) <= asOf && m.toDwellingId).at(-1)
  if (before) return before.toDwellingId!
  return moves.find((m) => fromDbDate(m.on) > asOf && m.fromDwellingId)?.fromDwellingId ?? current
}

const livingHere = async (scope: TFigureScope): Promise<TFigureSourceRow[]> => {
  const day = toDbDate(scope.asOf)
  const rows = await scope.db.temporaryResident.findMany({
    where: {
      AND: [
        notDeletedBy(scope),
        committeeFilter(scope),
        { movedInOn: { lte: day } },
        { OR: [{ leftOn: null }, { leftOn: { gt: day } }] },
      ],
    },
    select: {
      id: true,
      committeeId: true,
      dwellingId: true,
      reason: true,
      movedInOn: true,
      resident: { select: { name: true } },
      events: {
        where: { type: 'moved' },
        orderBy: [{ on: 'asc' }, { createdAt: 'asc' }],
        select: { on: true, fromDwellingId: true, toDwellingId: true },
      },
    },
  })
  const dwellingIds = rows.map((r) => dwellingOn(r.dwellingId, r.events, scope.asOf))
  const addresses = new Map(
    (
      await scope.db.dwelling.findMany({
        where: { id: { in: [...new Set(dwellingIds)] } },
        select: { id: true, address: true },
      })
    ).map((d) => [d.id, d.address]),
  )
  return rows.map((r, i) => ({
    recordType: 'temporary_resident' as const,
    recordId: r.id,
    label: r.resident.name,
    detail: addresses.get(dwellingIds[i]!) ?? null,
    committeeId: r.committeeId,
    part: r.reason,
    partLabel: labelOfReason(r.reason),
    date: fromDbDate(r.movedInOn),
  }))
}

const timelinessLabels = { on_time: '按时登记', late: '逾期登记', not_registered: '未登记' }
type TTimeliness = keyof typeof timelinessLabels

/**
 * On time or late against the deadline stored with the move-in (the 3rd working day after it,
 * by the holiday schedule then — `registration.ts`), as the registration's own page reads it.
 */
const timelinessOf = (deadline: Date, declaredOn: Date | null, asOf: string): TTimeliness => {
  if (!declaredOn || fromDbDate(declaredOn) > asOf) return 'not_registered'
  return declaredOn > deadline ? 'late' : 'on_time'
}

const registrationSelect = {
  id: true,
  committeeId: true,
  registrationDeadline: true,
  declaredOn: true,
  dwelling: { select: { address: true } },
  resident: { select: { name: true } },
} as const

const registrationRow = (
  r: {
    id: string
    committeeId: string
    registrationDeadline: Date
    declaredOn: Date | null
    dwelling: { address: string }
    resident: { name: string }
  },
  asOf: string,
  date: Date,
) => {
  const timeliness = timelinessOf(r.registrationDeadline, r.declaredOn, asOf)
  return {
    recordType: 'temporary_resident' as const,
    recordId: r.id,
    label: r.resident.name,
    detail: `${r.dwelling.address} 应于${fromDbDate(r.registrationDeadline)}前登记`,
    committeeId: r.committeeId,
    part: timeliness,
    partLabel: timelinessLabels[timeliness],
    date: fromDbDate(date),
  }
}

/** `rentals.temporary-registered`: the registrations declared within the period. */
const registeredInPeriod = async (scope: TFigureScope) =>
  (
    await scope.db.temporaryResident.findMany({
      where: {
        AND: [
          notDeletedBy(scope),
          committeeFilter(scope),
          { declaredOn: { gte: toDbDate(scope.from), lte: toDbDate(scope.asOf) } },
        ],
      },
      select: registrationSelect,
    })
  ).map((r) => registrationRow(r, scope.asOf, r.declaredOn!))

/**
 * `rentals.registration-rate`: the registrations that fell due within the period — the stored
 * deadline from `from` through `asOf` — on time, late, or not registered by `asOf`; a person who
 * left by the deadline without declaring owed none. Besides them, the people pending
 * registration (待登记, the 登记率's "not registered": found by an inspection, reported by a 楼长
 * or a landlord) reported within the period and neither registered nor cleared by `asOf` are
 * due and not registered — they have no move-in day, so their report is the day.
 */
const dueInPeriod = async (scope: TFigureScope): Promise<TFigureSourceRow[]> => {
  const [from, asOf] = [toDbDate(scope.from), toDbDate(scope.asOf)]
  const [registrations, pending] = await Promise.all([
    scope.db.temporaryResident.findMany({
      where: {
        AND: [
          notDeletedBy(scope),
          committeeFilter(scope),
          { registrationDeadline: { gte: from, lte: asOf } },
        ],
      },
      select: { ...registrationSelect, leftOn: true },
    }),
    scope.db.pendingRegistration.findMany({
      where: {
        AND: [
          notDeletedBy(scope),
          committeeFilter(scope),
          { reportedOn: { gte: from, lte: asOf } },
          { OR: [{ resolvedOn: null }, { resolvedOn: { gt: asOf } }] },
        ],
      },
      select: {
        id: true,
        committeeId: true,
        name: true,
        reportedOn: true,
        propertyId: true,
        property: { select: { dwelling: { select: { address: true } } } },
      },
    }),
  ])
  const owed = registrations.filter(
    (r) =>
      !(
        r.leftOn &&
        r.leftOn <= r.registrationDeadline &&
        !(r.declaredOn && r.declaredOn <= r.leftOn)
      ),
  )
  return [
    ...owed.map((r) => registrationRow(r, scope.asOf, r.registrationDeadline)),
    ...pending.map((p) => ({
      // A pending person has no page of their own: the row links to the property.
      recordType: 'rental_property' as const,
      recordId: p.propertyId,
      label: p.name,
      detail: `${p.property.dwelling.address} 待登记`,
      committeeId: p.committeeId,
      part: 'not_registered',
      partLabel: timelinessLabels.not_registered,
      date: fromDbDate(p.reportedOn),
    })),
  ]
}

export const temporaryResidentFigures: readonly TFigureDefinition[] = [
  { key: 'rentals.temporary-residents', rows: livingHere },
  { key: 'rentals.temporary-registered', rows: registeredInPeriod },
  {
    key: 'rentals.registration-rate',
    rows: dueInPeriod,
    // On time ÷ due, in whole per mille floored; null when nothing fell due.
    value: (rows) => perMille(rows.filter((r) => r.part === 'on_time').length, rows.length),
    partValue: (rows) => rows.length,
  },
]
