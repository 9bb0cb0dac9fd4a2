import { committeeFilter, liveAt, type TFigureSource } from '../statistics/figure-source.ts'

/**
 * The registry's figures (以房管人) as of a date. Buildings count from when they were entered
 * until deleted.
 */
export const registryFigureSource: TFigureSource = {
  module: 'registry',
  permission: 'registry:read',
  recorded: async ({ db, ...scope }) =>
    (await db.building.count({
      where: { AND: [liveAt(scope.asOf), committeeFilter({ db, ...scope })] },
    })) > 0,
  figures: [
    {
      key: 'registry.buildings',
      rows: async (scope) =>
        (
          await scope.db.building.findMany({
            where: { AND: [liveAt(scope.asOf), committeeFilter(scope)] },
            select: {
              id: true,
              address: true,
              committeeId: true,
              committee: { select: { name: true } },
            },
          })
        ).map((building) => ({
          recordType: 'building' as const,
          recordId: building.id,
          label: building.address,
          committeeId: building.committeeId,
          part: building.committeeId,
          partLabel: building.committee.name,
        })),
    },
  ],
}
