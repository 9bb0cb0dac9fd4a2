import type { Prisma } from '@cr/db/client'
import type { TActor } from './actor.ts'

/**
 * The party data scope: which party records an actor reads and writes. Every party service
 * (organisations, members and their steps, letters, flows, evaluations, dues, meetings,
 * officers, reports, the roster export and import) takes its conditions from here.
 *
 * - A **branch** (党支部) is in a clerk's or viewer's scope when it covers *at least one* of their
 *   committees: the clerks of every committee a joint branch covers all work on it (its roll,
 *   dues, meetings and officers are one), and a clerk keeps their branch when it also covers
 *   another committee. "All of" would leave a joint branch to administrators alone.
 * - A **group** (党小组) is in scope when its branch is. The group's own committees do not widen
 *   it.
 * - Everything attached to a branch or group in scope is: its **members** (whoever's committee
 *   they live in: the branch's clerk keeps its whole roll, a member living elsewhere included)
 *   with their history, dues, flows, evaluations and letters; its **meetings** with their
 *   attendance; its **officers**. A member is *not* reached through the committee they live in:
 *   their party record is the branch's, the clerk of their committee keeps the resident record.
 * - The **党工委** (root nodes, level `committee`) and **co-building units** are kept by party
 *   administrators (`party:admin`). Clerks and viewers see a root node itself, to navigate the
 *   tree and to put a branch under it (one covering only their committees), but nothing
 *   attached to it: its officers, meetings, compliance and dues roll are out of scope. Changing
 *   the node needs `party:admin` (403, as they can see it).
 * - Administrators and supervisors (every committee) see every node and record.
 * - A branch secretary's account (`partyScopePath`) is further limited to its subtree.
 *
 * Out of scope answers 404 exactly as if the record did not exist, for reads and writes; a
 * body naming an out-of-scope record is a field error (`party_organization_unknown`,
 * `not_found`), as for an unknown one. List filters naming an out-of-scope organisation match
 * nothing of it. Combine these conditions in `AND` lists, never by spreading.
 */
type TScopeActor = Pick<TActor, 'allCommittees' | 'committeeIds' | 'partyScopePath' | 'permissions'>

/** Whether the actor keeps the 党工委 level and the co-building units. */
export const isPartyAdmin = (actor: Pick<TActor, 'permissions'>) =>
  actor.permissions.has('party:admin')

type TOrganizationScope = { AND: Prisma.PartyOrganizationWhereInput[] }

const subtree = (actor: TScopeActor): Prisma.PartyOrganizationWhereInput =>
  actor.partyScopePath ? { path: { startsWith: actor.partyScopePath } } : {}

const coversTheirs = (actor: TScopeActor): Prisma.PartyOrganizationWhereInput => ({
  committees: { some: { committeeId: { in: actor.committeeIds } } },
})

/**
 * Organisations whose records the actor reads (and, with `party:write`, writes): every live
 * one for those who see every committee, else the branches covering one of their committees
 * and the groups under them; within a branch secretary's subtree.
 */
export const partyOrganizationScope = (actor: TScopeActor): TOrganizationScope => ({
  AND: [
    { deletedAt: null },
    subtree(actor),
    actor.allCommittees
      ? {}
      : {
          OR: [
            { level: 'branch', ...coversTheirs(actor) },
            { level: 'group', parent: { level: 'branch', ...coversTheirs(actor) } },
          ],
        },
  ],
})

/** Organisations whose records the actor may write: the 党工委's only for party administrators. */
export const partyOrganizationWriteScope = (actor: TScopeActor): TOrganizationScope => ({
  AND: [partyOrganizationScope(actor), isPartyAdmin(actor) ? {} : { level: { not: 'committee' } }],
})

/** The nodes the actor sees in the tree: those in scope, and the 党工委 nodes (read-only). */
export const partyTreeScope = (actor: TScopeActor): TOrganizationScope => ({
  AND: [
    { deletedAt: null },
    subtree(actor),
    { OR: [partyOrganizationScope(actor), { level: 'committee', parentId: null }] },
  ],
})

/** Live members on the roll of an organisation in scope. */
export const partyMemberScope = (actor: TScopeActor): { AND: Prisma.PartyMemberWhereInput[] } => ({
  AND: [{ deletedAt: null }, { organization: partyOrganizationScope(actor) }],
})

/**
 * The organisation scope as SQL on `party_organization <alias>`, for set-based statements (the
 * roster import): the same rule as `partyOrganizationScope`. `param(value)` adds a bind value
 * and returns its placeholder.
 */
export const partyOrganizationScopeSql = (
  actor: TScopeActor,
  alias: string,
  param: (value: unknown) => string,
) => {
  const conditions = [`${alias}.deleted_at IS NULL`]
  if (actor.partyScopePath)
    conditions.push(`starts_with(${alias}.path, ${param(actor.partyScopePath)})`)
  if (!actor.allCommittees)
    conditions.push(`EXISTS (SELECT 1 FROM party_organization_committee c
      WHERE c.organization_id = CASE ${alias}.level WHEN 'branch' THEN ${alias}.id
                                WHEN 'group' THEN ${alias}.parent_id END
        AND c.committee_id = ANY(${param(actor.committeeIds)}::uuid[]))`)
  return conditions.join(' AND ')
}
