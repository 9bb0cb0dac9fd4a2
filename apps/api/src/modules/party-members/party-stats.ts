import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { partyMemberScope } from '../../lib/party-scope.ts'
import { subtreeIds } from '../party-organizations/party-organizations.service.ts'

/** Active members in scope (optionally under one organisation), by status, category, branch. */
export const memberStats = async (db: TTransaction, actor: TActor, organizationId?: string) => {
  const organizations = organizationId ? await subtreeIds(db, organizationId) : null
  const where = {
    AND: [
      partyMemberScope(actor),
      { state: 'active' },
      organizations ? { organizationId: { in: organizations } } : {},
    ],
  }
  const [byStatus, byCategory, byOrganization] = await Promise.all([
    db.partyMember.groupBy({ by: ['status'], where, _count: true }),
    db.partyMember.groupBy({ by: ['category'], where, _count: true }),
    db.partyMember.groupBy({ by: ['organizationId'], where, _count: true }),
  ])
  const names = new Map(
    (
      await db.partyOrganization.findMany({
        where: { id: { in: byOrganization.map((o) => o.organizationId) } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  )
  return {
    total: byStatus.reduce((sum, s) => sum + s._count, 0),
    byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s._count])),
    byCategory: Object.fromEntries(byCategory.map((c) => [c.category, c._count])),
    byOrganization: byOrganization
      .map((o) => ({
        organization: { id: o.organizationId, name: names.get(o.organizationId) ?? '' },
        count: o._count,
      }))
      .sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'zh-CN')),
  }
}
