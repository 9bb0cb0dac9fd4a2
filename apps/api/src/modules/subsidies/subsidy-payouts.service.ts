import {
  payoutTotals,
  type TSubsidyPayout,
  type ZSubsidyPayoutGenerate,
  type ZSubsidyPayoutListQuery,
  type ZSubsidyPayoutSummaryQuery,
} from '@cr/shared/subsidies/subsidy-payout'
import { payoutLine, type TPaidLine } from '@cr/shared/subsidies/subsidy-payments'
import { monthOf } from '@cr/shared/party/calendar'
import type { z } from 'zod'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { AppError, fieldError, notFound } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { keysetArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { updateVersioned } from '../../lib/versioned.ts'
import type { TWriteContext } from '../../lib/write.ts'

const payoutInclude = {
  committee: { select: { id: true, name: true } },
  lines: {
    orderBy: { id: 'asc' },
    include: {
      case: {
        select: {
          id: true,
          certificateNumber: true,
          bankName: true,
          bankAccountLast4: true,
          applicant: { select: { name: true } },
          household: { select: { id: true, dwelling: { select: { address: true } } } },
        },
      },
    },
  },
} as const

type TPayoutRow = Awaited<ReturnType<typeof readPayoutRow>>
const readPayoutRow = (db: TTransaction, where: object) =>
  db.subsidyPayout.findFirst({ where, include: payoutInclude })

const toPayoutDto = (row: NonNullable<TPayoutRow>): TSubsidyPayout => {
  const lines = row.lines.map((l) => ({
    case: { id: l.case.id, name: l.case.applicant.name },
    household: { id: l.case.household.id, name: l.case.household.dwelling.address },
    certificateNumber: l.case.certificateNumber,
    coveredPeople: l.coveredPeople,
    amountFen: l.amountFen,
    correctionFen: l.correctionFen,
    corrects: l.corrects as { month: string; fen: number }[],
    totalFen: l.amountFen + l.correctionFen,
    bankName: l.case.bankName,
    bankAccountMasked: l.case.bankAccountLast4 ? `****${l.case.bankAccountLast4}` : null,
  }))
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    month: row.month,
    state: row.state,
    generatedAt: row.generatedAt.toISOString(),
    generatedBy: row.generatedBy,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    lockedBy: row.lockedBy,
    lines,
    totals: payoutTotals(lines),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

const visiblePayouts = (actor: TActor) => committeeScope(actor)

export const getPayout = async (db: TTransaction, actor: TActor, id: string) => {
  const row = await readPayoutRow(db, { AND: [{ id }, visiblePayouts(actor)] })
  if (!row) throw notFound()
  return toPayoutDto(row)
}

export const listPayouts = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZSubsidyPayoutListQuery>,
) => {
  const sort = parseSort('-createdAt')
  const { after, orderBy } = keysetArgs(sort, query.cursor)
  const filters = [
    visiblePayouts(actor),
    query.committeeId ? { committeeId: query.committeeId } : {},
    query.month ? { month: query.month } : {},
  ]
  const rows = await db.subsidyPayout.findMany({
    where: { AND: after ? [...filters, after] : filters },
    orderBy,
    take: query.limit + 1,
    include: payoutInclude,
  })
  return toPage(rows, query.limit, sort, toPayoutDto)
}

/**
 * The roll of a committee's month: each case with periods gets `payoutLine` — the month's amount
 * plus the corrections of the committee's earlier locked months — and is on the roll when either
 * is not zero. A draft is generated again from scratch; a locked roll is refused (409).
 */
export const generatePayout = async (
  ctx: TWriteContext,
  input: z.output<typeof ZSubsidyPayoutGenerate>,
) => {
  const committee = await ctx.tx.committee.findFirst({
    where: {
      AND: [
        { id: input.committeeId },
        ctx.actor.allCommittees ? {} : { id: { in: ctx.actor.committeeIds } },
      ],
    },
    select: { id: true },
  })
  if (!committee) throw fieldError('committeeId', 'committee_unknown')
  const existing = await ctx.tx.subsidyPayout.findUnique({
    where: { committeeId_month: { committeeId: committee.id, month: input.month } },
  })
  if (existing?.state === 'locked')
    throw new AppError('conflict', 409, {
      fields: [{ path: 'month', code: 'subsidy_payout_locked' }],
    })
  const before = existing ? await getPayout(ctx.tx, ctx.actor, existing.id) : null

  const lockedRolls = await ctx.tx.subsidyPayout.findMany({
    where: { committeeId: committee.id, state: 'locked', month: { lt: input.month } },
    select: { month: true },
  })
  const lockedMonths = lockedRolls.map((r) => r.month)
  const cases = await ctx.tx.subsidyCase.findMany({
    where: { committeeId: committee.id, deletedAt: null, amounts: { some: {} } },
    select: {
      id: true,
      amounts: { select: { fromMonth: true, amountFen: true } },
      members: { where: { covered: true }, select: { id: true } },
      payoutLines: {
        where: { payout: { state: 'locked' } },
        select: { amountFen: true, corrects: true, payout: { select: { month: true } } },
      },
    },
    orderBy: { appliedOn: 'asc' },
  })
  const lines = cases
    .map((c) => {
      const paidLines: TPaidLine[] = c.payoutLines.map((l) => ({
        month: l.payout.month,
        amountFen: l.amountFen,
        corrects: l.corrects as { month: string; fen: number }[],
      }))
      const line = payoutLine({ month: input.month, periods: c.amounts, lockedMonths, paidLines })
      return { caseId: c.id, coveredPeople: line.amountFen > 0 ? c.members.length : 0, ...line }
    })
    .filter((l) => l.amountFen !== 0 || l.correctionFen !== 0)

  const id = existing?.id ?? newId()
  if (existing) {
    await ctx.tx.subsidyPayoutLine.deleteMany({ where: { payoutId: id } })
    await ctx.tx.subsidyPayout.update({
      where: { id },
      data: { generatedAt: new Date(), generatedBy: ctx.actor.name, version: { increment: 1 } },
    })
  } else {
    await ctx.tx.subsidyPayout.create({
      data: {
        id,
        committeeId: committee.id,
        month: input.month,
        generatedAt: new Date(),
        generatedBy: ctx.actor.name,
      },
    })
  }
  await ctx.tx.subsidyPayoutLine.createMany({
    data: lines.map((l) => ({
      id: newId(),
      payoutId: id,
      caseId: l.caseId,
      amountFen: l.amountFen,
      correctionFen: l.correctionFen,
      corrects: l.corrects as never,
      coveredPeople: l.coveredPeople,
    })),
  })
  const after = await getPayout(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: existing ? 'update' : 'create',
    entityType: 'subsidy_payout',
    entityId: id,
    committeeId: committee.id,
    ...(before ? { before: { totals: before.totals } } : {}),
    after: { month: after.month, state: after.state, totals: after.totals },
  })
  return after
}

/** 核对锁定: the roll as it stands becomes final (the trigger keeps it so). */
export const lockPayout = async (ctx: TWriteContext, id: string, version: number) => {
  const before = await getPayout(ctx.tx, ctx.actor, id)
  if (before.state === 'locked')
    throw new AppError('conflict', 409, {
      fields: [{ path: 'state', code: 'subsidy_payout_locked' }],
    })
  await updateVersioned(ctx.tx.subsidyPayout, { id, ...visiblePayouts(ctx.actor) }, version, {
    state: 'locked',
    lockedAt: new Date(),
    lockedBy: ctx.actor.name,
  })
  const after = await getPayout(ctx.tx, ctx.actor, id)
  await ctx.audit({
    action: 'update',
    entityType: 'subsidy_payout',
    entityId: id,
    committeeId: after.committee.id,
    before: { state: before.state },
    after: { month: after.month, state: after.state, totals: after.totals },
  })
  return after
}

/** The bank's transfer rows of a locked roll: the full account, decrypted for the bank only. */
export const bankFileRows = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  decrypt: (stored: Uint8Array) => string,
) => {
  const payout = await getPayout(db, actor, id)
  if (payout.state !== 'locked')
    throw new AppError('conflict', 409, {
      fields: [{ path: 'state', code: 'subsidy_payout_not_locked' }],
    })
  const accounts = await db.subsidyCase.findMany({
    where: { id: { in: payout.lines.map((l) => l.case.id) } },
    select: { id: true, bankAccountCipher: true },
  })
  const accountOf = new Map(accounts.map((a) => [a.id, a.bankAccountCipher]))
  return {
    payout,
    rows: payout.lines.map((l) => {
      const cipher = accountOf.get(l.case.id)
      return {
        name: l.case.name,
        account: cipher ? decrypt(cipher) : null,
        bankName: l.bankName,
        certificateNumber: l.certificateNumber,
        totalFen: l.totalFen,
      }
    }),
  }
}

/**
 * A month across the committees in scope: each committee's roll (draft or locked) with its
 * totals, and the sum of them all — the figures the street office asks for.
 */
export const payoutSummary = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZSubsidyPayoutSummaryQuery>,
  today: string,
) => {
  const month = query.month ?? monthOf(today)
  const rows = await db.subsidyPayout.findMany({
    where: { AND: [{ month }, visiblePayouts(actor)] },
    include: payoutInclude,
    orderBy: { committee: { name: 'asc' } },
  })
  const rolls = rows.map(toPayoutDto)
  return {
    month,
    total: payoutTotals(rolls.flatMap((r) => r.lines)),
    byCommittee: rolls.map((r) => ({
      committee: r.committee,
      payoutId: r.id,
      state: r.state,
      totals: r.totals,
    })),
  }
}
