import type { z } from 'zod'
import type {
  TAssistanceCase,
  ZAssistanceFundDeposit,
  ZAssistanceFundQuery,
} from '@cr/shared/subsidies/assistance-case'
import { paymentFits } from '@cr/shared/subsidies/assistance'
import { committeeScope, type TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { AppError, fieldError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import type { TWriteContext } from '../../lib/write.ts'

/**
 * 临时救助备用金: one fund per committee, its balance kept on `assistance_fund` (a CHECK keeps it
 * at zero or above) and every movement an `assistance_fund_entry`. Deposits (拨入) are a
 * supervisor's; payments are written only by a case's pay step, in its transaction.
 */
const entryLimit = 200

export const readAssistanceFund = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZAssistanceFundQuery>,
) => {
  const where = {
    AND: [committeeScope(actor), query.committeeId ? { committeeId: query.committeeId } : {}],
  }
  // One after the other: this also runs inside a deposit's transaction.
  const funds = await db.assistanceFund.findMany({
    where,
    include: { committee: { select: { id: true, name: true } } },
    orderBy: { committee: { code: 'asc' } },
  })
  const entries = await db.assistanceFundEntry.findMany({
    where,
    include: {
      committee: { select: { id: true, name: true } },
      case: { select: { id: true, resident: { select: { name: true } } } },
    },
    orderBy: [{ on: 'desc' }, { createdAt: 'desc' }],
    take: entryLimit,
  })
  return {
    funds: funds.map((f) => ({ committee: f.committee, balanceFen: f.balanceFen })),
    totalFen: funds.reduce((sum, f) => sum + f.balanceFen, 0),
    entries: entries.map((e) => ({
      id: e.id,
      committee: e.committee,
      on: fromDbDate(e.on),
      kind: e.kind as 'deposit' | 'payment',
      fen: e.fen,
      case: e.case ? { id: e.case.id, name: e.case.resident.name } : null,
      note: e.note,
      recordedBy: e.recordedBy,
    })),
  }
}

/** 拨入: money into a committee's fund (in scope), dated no later than today, audited. */
export const depositIntoFund = async (
  ctx: TWriteContext,
  input: z.output<typeof ZAssistanceFundDeposit>,
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
  if (input.on > ctx.today) throw fieldError('on', 'life_event_date_in_future')
  await ctx.tx.$executeRaw`
    INSERT INTO assistance_fund (committee_id, balance_fen, updated_at)
    VALUES (${committee.id}::uuid, ${input.amount}::int, now())
    ON CONFLICT (committee_id)
    DO UPDATE SET balance_fen = assistance_fund.balance_fen + ${input.amount}::int, updated_at = now()`
  const id = newId()
  await ctx.tx.assistanceFundEntry.create({
    data: {
      id,
      committeeId: committee.id,
      on: toDbDate(input.on),
      kind: 'deposit',
      fen: input.amount,
      note: input.note,
      recordedById: ctx.actor.userId,
      recordedBy: ctx.actor.name,
    },
  })
  await ctx.audit({
    action: 'create',
    entityType: 'assistance_fund_entry',
    entityId: id,
    committeeId: committee.id,
    after: { kind: 'deposit', on: input.on, fen: input.amount, note: input.note },
  })
  return readAssistanceFund(ctx.tx, ctx.actor, { committeeId: committee.id })
}

/**
 * A case's payment out of its committee's fund. The balance is lowered by one conditional
 * UPDATE, which takes the fund row's lock: of two payments at once, the second waits and then
 * sees the lowered balance. A short balance is a 409 (the CHECK constraint would refuse too).
 */
export const payFromFund = async (ctx: TWriteContext, record: TAssistanceCase, on: string) => {
  const fen = record.amountFen
  const [fund] = await ctx.tx.$queryRaw<Array<{ balance_fen: number }>>`
    SELECT balance_fen FROM assistance_fund WHERE committee_id = ${record.committee.id}::uuid FOR UPDATE`
  if (!paymentFits(fund?.balance_fen ?? 0, fen)) throw fundShort()
  const lowered = await ctx.tx.$executeRaw`
    UPDATE assistance_fund SET balance_fen = balance_fen - ${fen}::int, updated_at = now()
    WHERE committee_id = ${record.committee.id}::uuid AND balance_fen >= ${fen}::int`
  if (lowered === 0) throw fundShort()
  const id = newId()
  await ctx.tx.assistanceFundEntry.create({
    data: {
      id,
      committeeId: record.committee.id,
      on: toDbDate(on),
      kind: 'payment',
      fen: -fen,
      caseId: record.id,
      recordedById: ctx.actor.userId,
      recordedBy: ctx.actor.name,
    },
  })
  return id
}

const fundShort = () =>
  new AppError('conflict', 409, { fields: [{ path: 'paidOn', code: 'assistance_fund_short' }] })
