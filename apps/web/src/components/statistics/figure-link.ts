import { recordPaths } from '@/config/paths'

/** Where a figure's drill-down is: `/statistics/<key>?asOf=&from=` (+ committee, part). */
export const figureLink = (
  key: string,
  search: { asOf: string; from: string; committeeId?: string; part?: string },
) =>
  ({
    to: recordPaths.statisticsFigure,
    params: { key },
    search: {
      asOf: search.asOf,
      from: search.from,
      committeeId: search.committeeId,
      part: search.part,
    },
  }) as const
