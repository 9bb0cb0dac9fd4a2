import type { TResidentStatus } from '@cr/shared/residents/life-event'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import {
  asOfInstant,
  committeeFilter,
  notDeletedBy,
  stampedOn,
  type TFigureScope,
} from '../statistics/figure-source.ts'

/**
 * The community's population as of a date (`registry.residents`), from the registry's dated
 * history: people living here (`residence` here) who had arrived by then and had not left by a
 * life event dated on or before it.
 *
 * - Arrival: the day they first joined a household (`household_member.joined_on`); a person in no
 *   household counts from when the record was entered (`createdAt`, the only date it has).
 * - Standing: the standing life events (neither a 更正 nor taken back by one, as
 *   `life-events.ts` reads them): the status after the latest dated on or before `asOf`; before
 *   the first, the status it started from. A person who died on 30 June is not counted on 30 June.
 * - A record deleted after `asOf` still counts (`liveAt`); category and committee are today's
 *   (the registry keeps no history of them).
 */

type TStandingEvent = {
  id: string
  type: string
  occurredOn: Date
  statusBefore: TResidentStatus
  statusAfter: TResidentStatus
  correctsEventId: string | null
}

/** The events that stand, oldest first (corrections and what they took back left out). */
export const standingEvents = <E extends TStandingEvent>(events: readonly E[]): E[] => {
  const corrected = new Set(events.map((e) => e.correctsEventId).filter(Boolean))
  return events.filter((e) => e.type !== 'corrected' && !corrected.has(e.id))
}

/** A person's status at the end of `asOf`, from their standing events (oldest first). */
export const statusOn = (
  events: readonly TStandingEvent[],
  current: TResidentStatus,
  asOf: string,
): TResidentStatus => {
  const standing = standingEvents(events)
  const before = standing.filter((e) => fromDbDate(e.occurredOn) <= asOf).at(-1)
  if (before) return before.statusAfter
  return standing[0]?.statusBefore ?? current
}

const loadPopulation = async (scope: TFigureScope) => {
  const residents = await scope.db.resident.findMany({
    where: {
      AND: [
        { residence: 'here' },
        notDeletedBy(scope),
        committeeFilter(scope),
        // Arrived by then (the exact first day is checked below).
        {
          OR: [
            { memberships: { some: { joinedOn: { lte: toDbDate(scope.asOf) } } } },
            { memberships: { none: {} }, createdAt: { lte: asOfInstant(scope) } },
          ],
        },
      ],
    },
    select: {
      id: true,
      name: true,
      committeeId: true,
      category: true,
      status: true,
      createdAt: true,
      committee: { select: { name: true } },
      memberships: {
        select: { joinedOn: true },
        orderBy: { joinedOn: 'asc' },
        take: 1,
      },
      lifeEvents: {
        select: {
          id: true,
          type: true,
          occurredOn: true,
          statusBefore: true,
          statusAfter: true,
          correctsEventId: true,
        },
        orderBy: [{ occurredOn: 'asc' }, { recordedAt: 'asc' }],
      },
    },
  })
  return residents.filter((resident) => {
    const first = resident.memberships[0]
    const arrived = first ? fromDbDate(first.joinedOn) : stampedOn(scope, resident.createdAt)
    return (
      arrived <= scope.asOf &&
      statusOn(resident.lifeEvents, resident.status, scope.asOf) === 'active'
    )
  })
}

// `registry.residents` and its breakdown by category read the same people: loaded once a scope.
const loaded = new WeakMap<TFigureScope, ReturnType<typeof loadPopulation>>()

/** The people counted in the population on `asOf`. */
export const populationOn = (scope: TFigureScope) => {
  let population = loaded.get(scope)
  if (!population) {
    population = loadPopulation(scope)
    loaded.set(scope, population)
  }
  return population
}
