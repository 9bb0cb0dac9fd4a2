import type { TSubsidyStandard } from '@cr/shared/subsidies/subsidy-standard'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'

/**
 * Sets the standard in force from a month (creating or replacing that month's row), audited.
 * Months before it keep the standard they had; amounts already approved change only through a
 * review or an adjustment from a month, never by this.
 */
export const setSubsidyStandard = async (ctx: TWriteContext, input: TSubsidyStandard) => {
  const before = await ctx.tx.subsidyStandard.findUnique({
    where: { effectiveMonth: input.effectiveMonth },
  })
  await ctx.tx.subsidyStandard.upsert({
    where: { effectiveMonth: input.effectiveMonth },
    create: { id: newId(), ...input, createdById: ctx.actor.userId },
    update: { standardFen: input.standardFen, floorFen: input.floorFen },
  })
  await ctx.audit({
    action: before ? 'update' : 'create',
    entityType: 'subsidy_standard',
    entityId: before?.id ?? null,
    committeeId: null,
    ...(before ? { before: { standardFen: before.standardFen, floorFen: before.floorFen } } : {}),
    after: input,
  })
  return input
}
