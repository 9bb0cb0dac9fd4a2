import type { TPartyOrganization } from '@cr/shared/party/party-organization'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a node's DTO needs besides its row: the committees it covers, its active members. */
export const partyOrganizationInclude = {
  committees: { select: { committee: { select: { id: true, name: true } } } },
  _count: { select: { members: { where: { deletedAt: null, state: 'active' } } } },
} as const

type TRow = NonNullable<Awaited<ReturnType<TTransaction['partyOrganization']['findFirst']>>> & {
  committees: { committee: { id: string; name: string } }[]
  _count: { members: number }
}

export const toPartyOrganizationDto = (row: TRow): TPartyOrganization => ({
  id: row.id,
  version: row.version,
  parentId: row.parentId,
  level: row.level as TPartyOrganization['level'],
  name: row.name,
  branchType: row.branchType as TPartyOrganization['branchType'],
  foundedOn: row.foundedOn ? fromDbDate(row.foundedOn) : null,
  notes: row.notes,
  committees: row.committees.map((c) => c.committee),
  memberCount: row._count.members,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
