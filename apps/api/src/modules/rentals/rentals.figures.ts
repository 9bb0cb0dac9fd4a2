import { rentalUseLabels, type TRentalUse } from '@cr/shared/rentals/rental-codes'
import { rentalContractStatus, rentalContractStatusLabels } from '@cr/shared/rentals/rental-rules'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import {
  asOfInstant,
  committeeFilter,
  notDeletedBy,
  type TFigureScope,
  type TFigureSource,
} from '../statistics/figure-source.ts'
import { temporaryResidentFigures } from './temporary-residents.figures.ts'

/**
 * The rentals figures (出租房屋和暂住人口) as of a date, in the rentals lists' committee scope.
 *
 * A rental property keeps no date of its own: it is on the register (出租房屋台账) from the
 * earliest dated fact there is — its first contract's signing or lease start, a tenant's
 * move-in, or the day it was entered — until deleted. A contract (治安责任书) is in force on a day
 * within its lease, unless cancelled on or before it (its status on that day, `rental-rules.ts`);
 * signed within the period by its signing day. The temporary residents' figures are in
 * `temporary-residents.figures.ts`.
 */
const contractsLive = (scope: TFigureScope) => ({
  AND: [notDeletedBy(scope), { property: notDeletedBy(scope) }],
})

const propertiesOnRegister = (scope: TFigureScope) => {
  const day = toDbDate(scope.asOf)
  return {
    AND: [
      notDeletedBy(scope),
      committeeFilter(scope),
      {
        OR: [
          { createdAt: { lte: asOfInstant(scope) } },
          {
            contracts: {
              some: {
                AND: [
                  notDeletedBy(scope),
                  { OR: [{ signedOn: { lte: day } }, { leaseStartsOn: { lte: day } }] },
                ],
              },
            },
          },
          {
            temporaryResidents: {
              some: { AND: [notDeletedBy(scope), { movedInOn: { lte: day } }] },
            },
          },
        ],
      },
    ],
  }
}

const contractSelect = {
  id: true,
  committeeId: true,
  number: true,
  signedOn: true,
  leaseStartsOn: true,
  leaseEndsOn: true,
  cancelledOn: true,
  property: { select: { dwelling: { select: { address: true } } } },
} as const

const useLabel = (use: string) => rentalUseLabels[use as TRentalUse]?.zh ?? use

export const rentalsFigureSource: TFigureSource = {
  module: 'rentals',
  permission: 'registry:read',
  recorded: async (scope) => {
    const [properties, residents] = await Promise.all([
      scope.db.rentalProperty.count({ where: propertiesOnRegister(scope) }),
      scope.db.temporaryResident.count({
        where: {
          AND: [
            notDeletedBy(scope),
            committeeFilter(scope),
            { movedInOn: { lte: toDbDate(scope.asOf) } },
          ],
        },
      }),
    ])
    return properties + residents > 0
  },
  figures: [
    {
      key: 'rentals.properties',
      rows: async (scope) =>
        (
          await scope.db.rentalProperty.findMany({
            where: propertiesOnRegister(scope),
            select: {
              id: true,
              committeeId: true,
              use: true,
              dwelling: { select: { address: true } },
              landlord: { select: { name: true } },
            },
          })
        ).map((p) => ({
          recordType: 'rental_property' as const,
          recordId: p.id,
          label: p.dwelling.address,
          detail: `房东 ${p.landlord.name}`,
          committeeId: p.committeeId,
          part: p.use,
          partLabel: useLabel(p.use),
        })),
    },
    {
      key: 'rentals.contracts',
      rows: async (scope) => {
        const day = toDbDate(scope.asOf)
        const contracts = await scope.db.rentalContract.findMany({
          where: {
            AND: [
              contractsLive(scope),
              committeeFilter(scope),
              { leaseStartsOn: { lte: day }, leaseEndsOn: { gte: day } },
              { OR: [{ cancelledOn: null }, { cancelledOn: { gt: day } }] },
            ],
          },
          select: contractSelect,
        })
        return contracts.map((c) => {
          // In force: 有效, or 即将到期 within its last 30 days.
          const status = rentalContractStatus(
            { leaseEndsOn: fromDbDate(c.leaseEndsOn), cancelledOn: null },
            scope.asOf,
          )
          return {
            recordType: 'rental_contract' as const,
            recordId: c.id,
            label: c.property.dwelling.address,
            detail: `${c.number} 租期至${fromDbDate(c.leaseEndsOn)}`,
            committeeId: c.committeeId,
            part: status,
            partLabel: rentalContractStatusLabels[status].zh,
            date: fromDbDate(c.leaseStartsOn),
          }
        })
      },
    },
    {
      key: 'rentals.contracts-signed',
      rows: async (scope) =>
        (
          await scope.db.rentalContract.findMany({
            where: {
              AND: [
                contractsLive(scope),
                committeeFilter(scope),
                { signedOn: { gte: toDbDate(scope.from), lte: toDbDate(scope.asOf) } },
              ],
            },
            select: contractSelect,
          })
        ).map((c) => ({
          recordType: 'rental_contract' as const,
          recordId: c.id,
          label: c.property.dwelling.address,
          detail: c.number,
          committeeId: c.committeeId,
          date: fromDbDate(c.signedOn),
        })),
    },
    ...temporaryResidentFigures,
  ],
}
