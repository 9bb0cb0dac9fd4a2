import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import {
  asOfInstant,
  notDeletedBy,
  type TFigureScope,
  type TFigureSource,
} from '../statistics/figure-source.ts'

/**
 * The co-building figures (共驻共建) as of a date. Units and agreements are the 党工委's own
 * records, of no committee: every office role reading the party module sees all of them in its
 * list, so a committee's scope does not narrow them (their rows carry no committee).
 *
 * A unit keeps no date of its own: it counts from the earliest dated fact there is — its first
 * agreement's signing, or the day it was entered if earlier — until it is deleted. An agreement
 * is in force from its signing through its term's last day (no end: open-ended); an activity
 * counts on the day it was held. Both need their unit not deleted by then.
 */
const unitLiveOn = (scope: TFigureScope) => ({
  AND: [
    notDeletedBy(scope),
    {
      OR: [
        { createdAt: { lte: asOfInstant(scope) } },
        { agreements: { some: { signedOn: { lte: toDbDate(scope.asOf) } } } },
      ],
    },
  ],
})

const units = (scope: TFigureScope) =>
  scope.db.coBuildingUnit.findMany({
    where: unitLiveOn(scope),
    select: { id: true, name: true, partyBranchName: true },
  })

const agreementsInForce = (scope: TFigureScope) =>
  scope.db.coBuildingAgreement.findMany({
    where: {
      signedOn: { lte: toDbDate(scope.asOf) },
      OR: [{ termEnd: null }, { termEnd: { gte: toDbDate(scope.asOf) } }],
      unit: notDeletedBy(scope),
    },
    select: {
      id: true,
      signedOn: true,
      termEnd: true,
      unit: { select: { name: true } },
    },
  })

const activities = (scope: TFigureScope) =>
  scope.db.coBuildingActivity.findMany({
    where: {
      heldOn: { gte: toDbDate(scope.from), lte: toDbDate(scope.asOf) },
      agreement: { unit: notDeletedBy(scope) },
    },
    select: {
      id: true,
      title: true,
      heldOn: true,
      agreementId: true,
      agreement: { select: { unit: { select: { id: true, name: true } } } },
    },
  })

export const coBuildingFigureSource: TFigureSource = {
  module: 'co-building',
  permission: 'party:read',
  recorded: async (scope) =>
    (await scope.db.coBuildingUnit.count({ where: unitLiveOn(scope) })) > 0,
  figures: [
    {
      key: 'co-building.units',
      rows: async (scope) =>
        (await units(scope)).map((unit) => ({
          recordType: 'co_building_unit' as const,
          recordId: unit.id,
          label: unit.name,
          detail: unit.partyBranchName,
          committeeId: null,
        })),
    },
    {
      key: 'co-building.agreements',
      rows: async (scope) =>
        (await agreementsInForce(scope)).map((agreement) => ({
          recordType: 'co_building_agreement' as const,
          recordId: agreement.id,
          label: agreement.unit.name,
          detail: `${fromDbDate(agreement.signedOn)} 至 ${
            agreement.termEnd ? fromDbDate(agreement.termEnd) : '长期'
          }`,
          committeeId: null,
          date: fromDbDate(agreement.signedOn),
        })),
    },
    {
      // An activity has no record kind of its own: its row is its agreement's.
      key: 'co-building.activities',
      rows: async (scope) =>
        (await activities(scope)).map((activity) => ({
          recordType: 'co_building_agreement' as const,
          recordId: activity.agreementId,
          label: activity.title,
          detail: activity.agreement.unit.name,
          committeeId: null,
          part: activity.agreement.unit.id,
          partLabel: activity.agreement.unit.name,
          date: fromDbDate(activity.heldOn),
        })),
    },
  ],
}
