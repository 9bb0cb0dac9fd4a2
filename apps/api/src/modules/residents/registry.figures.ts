import { lifeEventLabels, type TLifeEventType } from '@cr/shared/residents/life-event'
import { leavingEventStatus } from '@cr/shared/residents/life-event'
import { populationCategoryLabels } from '@cr/shared/residents/resident-codes'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import {
  committeeFilter,
  liveAt,
  notDeletedBy,
  type TFigureScope,
  type TFigureSource,
} from '../statistics/figure-source.ts'
import { populationOn, standingEvents } from './registry-population.ts'

/**
 * The registry's figures (以房管人) as of a date. Buildings and dwellings count from when they
 * were entered until deleted (they have no other dates); households and people from their dated
 * history (`household_member` joined/left, `resident_event`; see `registry-population.ts`).
 */

const byCommittee = (row: { committeeId: string; committee: { name: string } }) => ({
  committeeId: row.committeeId,
  part: row.committeeId,
  partLabel: row.committee.name,
})

/** A building or dwelling as a row: its address, in its committee. */
const placeSelect = {
  id: true,
  address: true,
  committeeId: true,
  committee: { select: { name: true } },
} as const

const placeRow =
  (recordType: 'building' | 'dwelling') =>
  (place: { id: string; address: string; committeeId: string; committee: { name: string } }) => ({
    recordType,
    recordId: place.id,
    label: place.address,
    ...byCommittee(place),
  })

/** A membership that holds at the end of `asOf` (leaving on a day ends it that day). */
const memberOn = (asOf: string) => ({
  joinedOn: { lte: toDbDate(asOf) },
  OR: [{ leftOn: null }, { leftOn: { gt: toDbDate(asOf) } }],
})

const inPeriod = (scope: TFigureScope) => ({
  gte: toDbDate(scope.from),
  lte: toDbDate(scope.asOf),
})

export const registryFigureSource: TFigureSource = {
  module: 'registry',
  permission: 'registry:read',
  recorded: async ({ db, ...scope }) =>
    (await db.building.count({
      where: { AND: [liveAt(scope), committeeFilter({ db, ...scope })] },
    })) > 0,
  figures: [
    {
      key: 'registry.buildings',
      rows: async (scope) =>
        (
          await scope.db.building.findMany({
            where: { AND: [liveAt(scope), committeeFilter(scope)] },
            select: placeSelect,
          })
        ).map(placeRow('building')),
    },
    {
      key: 'registry.dwellings',
      rows: async (scope) =>
        (
          await scope.db.dwelling.findMany({
            where: { AND: [liveAt(scope), committeeFilter(scope)] },
            select: placeSelect,
          })
        ).map(placeRow('dwelling')),
    },
    {
      // A household counts while someone is a member of it: from its founding (立户, the
      // members' first joined_on) until its last member left.
      key: 'registry.households',
      rows: async (scope) =>
        (
          await scope.db.household.findMany({
            where: {
              AND: [
                notDeletedBy(scope),
                committeeFilter(scope),
                { members: { some: memberOn(scope.asOf) } },
              ],
            },
            select: {
              id: true,
              committeeId: true,
              committee: { select: { name: true } },
              head: { select: { name: true } },
              dwelling: { select: { address: true } },
            },
          })
        ).map((household) => ({
          recordType: 'household' as const,
          recordId: household.id,
          label: household.head.name,
          detail: household.dwelling.address,
          ...byCommittee(household),
        })),
    },
    {
      key: 'registry.residents',
      rows: async (scope) =>
        (await populationOn(scope)).map((resident) => ({
          recordType: 'resident' as const,
          recordId: resident.id,
          label: resident.name,
          ...byCommittee(resident),
        })),
    },
    {
      key: 'registry.residents.category',
      rows: async (scope) =>
        (await populationOn(scope)).map((resident) => ({
          recordType: 'resident' as const,
          recordId: resident.id,
          label: resident.name,
          committeeId: resident.committeeId,
          part: resident.category,
          partLabel: populationCategoryLabels[resident.category].zh,
        })),
    },
    {
      // People who joined a household in the period (立户 or 迁入, as the household's history
      // records it); moving from one household to another inside the community is no move in.
      key: 'registry.moves-in',
      rows: async (scope) =>
        (
          await scope.db.householdEvent.findMany({
            where: {
              type: { in: ['created', 'moved_in'] },
              occurredOn: inPeriod(scope),
              resident: { residence: 'here', ...notDeletedBy(scope) },
              household: { AND: [notDeletedBy(scope), committeeFilter(scope)] },
            },
            select: {
              occurredOn: true,
              resident: { select: { id: true, name: true } },
              household: {
                select: {
                  committeeId: true,
                  committee: { select: { name: true } },
                  dwelling: { select: { address: true } },
                },
              },
            },
          })
        ).flatMap(({ resident, household, occurredOn }) =>
          resident
            ? [
                {
                  recordType: 'resident' as const,
                  recordId: resident.id,
                  label: resident.name,
                  detail: household.dwelling.address,
                  date: fromDbDate(occurredOn),
                  ...byCommittee(household),
                },
              ]
            : [],
        ),
    },
    {
      // Life events of leaving (迁出, 死亡, 失踪, 入伍, 服刑) in the period that still stand.
      key: 'registry.moves-out',
      rows: async (scope) =>
        (
          await scope.db.resident.findMany({
            where: {
              AND: [
                { residence: 'here' },
                notDeletedBy(scope),
                committeeFilter(scope),
                { lifeEvents: { some: { occurredOn: inPeriod(scope) } } },
              ],
            },
            select: {
              id: true,
              name: true,
              committeeId: true,
              lifeEvents: {
                select: {
                  id: true,
                  type: true,
                  occurredOn: true,
                  statusBefore: true,
                  statusAfter: true,
                  correctsEventId: true,
                  destination: true,
                  reason: true,
                },
                orderBy: [{ occurredOn: 'asc' }, { recordedAt: 'asc' }],
              },
            },
          })
        ).flatMap((resident) =>
          standingEvents(resident.lifeEvents)
            .filter((event) => {
              const on = fromDbDate(event.occurredOn)
              return (
                Object.hasOwn(leavingEventStatus, event.type) &&
                scope.from <= on &&
                on <= scope.asOf
              )
            })
            .map((event) => ({
              recordType: 'resident' as const,
              recordId: resident.id,
              label: resident.name,
              detail: event.destination ?? event.reason ?? null,
              committeeId: resident.committeeId,
              part: event.type,
              partLabel: lifeEventLabels[event.type as TLifeEventType]?.zh ?? event.type,
              date: fromDbDate(event.occurredOn),
            })),
        ),
    },
  ],
}
