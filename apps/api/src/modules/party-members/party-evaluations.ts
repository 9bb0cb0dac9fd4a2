import type { ZPartyEvaluationCreate } from '@cr/shared/party/party-member'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fieldError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { recordMemberEvent } from './party-member-events.ts'
import { getMember } from './party-members.service.ts'
import { assertActive } from './party-member-actions.ts'

/**
 * 民主评议: a member's grade for a year (again for the same year replaces it), with a title if
 * one was awarded. 优秀 goes to at most a third of the branch's members (12371.cn).
 */
export const evaluateMember = async (
  ctx: TWriteContext,
  id: string,
  input: z.output<typeof ZPartyEvaluationCreate>,
) => {
  const member = await getMember(ctx.tx, ctx.actor, id, ctx.today)
  assertActive(member)
  if (input.grade === 'excellent') {
    const where = { organizationId: member.organization.id, state: 'active', deletedAt: null }
    const members = await ctx.tx.partyMember.count({ where })
    const excellent = await ctx.tx.partyEvaluation.count({
      where: { year: input.year, grade: 'excellent', memberId: { not: id }, member: where },
    })
    if ((excellent + 1) * 3 > members)
      throw fieldError('grade', 'party_evaluation_excellent_quota', 409)
  }
  const row = await ctx.tx.partyEvaluation.upsert({
    where: { memberId_year: { memberId: id, year: input.year } },
    create: { id: newId(), memberId: id, ...input },
    update: { grade: input.grade, title: input.title },
  })
  await recordMemberEvent(ctx, id, 'evaluated', `${input.year}-12-31`, {
    year: input.year,
    grade: input.grade,
    title: input.title,
  })
  await ctx.audit({
    action: 'update',
    entityType: 'party_member',
    entityId: id,
    committeeId: member.resident.committee.id,
    after: { evaluation: input },
  })
  return { id: row.id, year: row.year, grade: input.grade, title: row.title }
}

export const memberEvaluations = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  today: string,
) => {
  await getMember(db, actor, id, today)
  const rows = await db.partyEvaluation.findMany({
    where: { memberId: id },
    orderBy: { year: 'desc' },
  })
  return {
    items: rows.map((r) => ({
      id: r.id,
      year: r.year,
      grade: r.grade as z.output<typeof ZPartyEvaluationCreate>['grade'],
      title: r.title,
    })),
  }
}
