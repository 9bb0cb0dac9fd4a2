import type { TCoBuildingUnit } from '@cr/shared/party/co-building'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a unit's DTO needs besides its row: its agreements, newest first, with their activities. */
export const coBuildingUnitInclude = {
  agreements: {
    orderBy: { signedOn: 'desc' },
    include: { activities: { orderBy: { heldOn: 'desc' } } },
  },
} as const

type TRow = NonNullable<Awaited<ReturnType<TTransaction['coBuildingUnit']['findFirst']>>> & {
  agreements: (NonNullable<
    Awaited<ReturnType<TTransaction['coBuildingAgreement']['findFirst']>>
  > & {
    activities: NonNullable<Awaited<ReturnType<TTransaction['coBuildingActivity']['findFirst']>>>[]
  })[]
}

export const toCoBuildingUnitDto = (row: TRow, today: string): TCoBuildingUnit => ({
  id: row.id,
  version: row.version,
  name: row.name,
  partyBranchName: row.partyBranchName,
  contactName: row.contactName,
  contactPhone: row.contactPhone,
  address: row.address,
  notes: row.notes,
  agreements: row.agreements.map((a) => {
    const signedOn = fromDbDate(a.signedOn)
    const termEnd = a.termEnd ? fromDbDate(a.termEnd) : null
    return {
      id: a.id,
      signedOn,
      termEnd,
      commitments: a.commitments,
      inForce: signedOn <= today && (termEnd === null || today <= termEnd),
      activities: a.activities.map((x) => ({
        id: x.id,
        heldOn: fromDbDate(x.heldOn),
        title: x.title,
        description: x.description,
      })),
    }
  }),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
