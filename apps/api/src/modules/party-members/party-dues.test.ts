import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  monthOf,
  monthRange,
} from '@cr/shared/party/calendar'
import { newId } from '../../lib/ids.ts'
import { toDbDate } from '../../lib/dates.ts'
import { apiRequest, seedClerkBranch } from '../../test/api-request.ts'
import { seedResident } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

/**
 * The dues roll as members really arrive and pay: each rule checked with a concrete case, on the
 * tests' fixed day. `thisMonth` is the month of that day; months are counted back from it.
 */
const t = useTestApp()
const api = apiRequest(t)
const today = testToday
const thisMonth = monthOf(today)
const monthsAgo = (n: number) => addMonthsToMonth(thisMonth, -n)

const setup = async () => {
  const { committee, auth, branch } = await seedClerkBranch(t())
  const person = await seedResident(t().db.prisma, t().app.cipher, {
    committeeId: committee.id,
    name: '王建华',
  })
  /** A member added through the API, 50.00 a month (5,000 元 × 1%) unless told otherwise. */
  const addMember = async (fields: object = {}) => {
    const response = await api(auth, 'POST', '/party-members', {
      residentId: person.id,
      organizationId: branch.id,
      status: 'full',
      joinedOn: addMonths(today, -24),
      fullMembershipOn: addMonths(today, -12),
      dues: { category: 'employed', income: '5000' },
      ...fields,
    })
    expect(response.statusCode, response.body).toBe(201)
    return response.json() as { id: string; version: number; dues: { paidThrough: string | null } }
  }
  /** Payments as the office's book already holds them (written straight to the table). */
  const seedPayments = (memberId: string, months: string[], amountFen = 5000) =>
    t().db.prisma.partyDuesPayment.createMany({
      data: months.map((month) => ({
        id: newId(),
        memberId,
        month,
        amountFen,
        paidOn: toDbDate(`${month}-05`),
        recordedBy: 'test',
      })),
    })
  const rollRow = async (memberId: string) => {
    const roll = await api(
      auth,
      'GET',
      `/party-dues?organizationId=${branch.id}&month=${thisMonth}`,
    )
    expect(roll.statusCode, roll.body).toBe(200)
    return (
      roll.json().rows as {
        member: { id: string }
        owedFen: number
        lapse: string
        paidThrough: string | null
      }[]
    ).find((r) => r.member.id === memberId)!
  }
  /** Months in a row without dues the home page's reminder counts (0 when not listed). */
  const duesMonthsFlagged = async (memberId: string) => {
    const reminders = await api(auth, 'GET', '/party-reminders')
    const arrears = reminders.json().arrears as { member: { id: string }; duesMonths: number }[]
    return arrears.find((a) => a.member.id === memberId)?.duesMonths ?? 0
  }
  return { auth, branch, person, addMember, seedPayments, rollRow, duesMonthsFlagged }
}

describe('dues from the 党费交至 a member brings', () => {
  it('owes nothing before it: added with 党费交至 two months ago and the last two months paid', async () => {
    const { auth, addMember, rollRow, duesMonthsFlagged } = await setup()
    const member = await addMember({ duesPaidThrough: monthsAgo(2) })
    expect(member.dues.paidThrough).toBe(monthsAgo(2))
    for (const month of [monthsAgo(1), thisMonth]) {
      const paid = await api(auth, 'POST', `/party-members/${member.id}/dues-payments`, {
        month,
        paidOn: today,
      })
      expect(paid.statusCode, paid.body).toBe(201)
    }
    const row = await rollRow(member.id)
    expect(row).toMatchObject({ owedFen: 0, paidThrough: thisMonth })
    expect(await duesMonthsFlagged(member.id)).toBe(0)
    // A month already settled is not paid again.
    const again = await api(auth, 'POST', `/party-members/${member.id}/dues-payments`, {
      month: monthsAgo(3),
      paidOn: today,
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().errors[0]).toMatchObject({ path: 'month', code: 'party_dues_already_paid' })
  })

  it('without it, owes every month since joining and is flagged (the old false arrears)', async () => {
    const { addMember, rollRow, duesMonthsFlagged } = await setup()
    const member = await addMember()
    expect(member.dues.paidThrough).toBeNull()
    const row = await rollRow(member.id)
    expect(row.owedFen).toBe(25 * 5000)
    expect(await duesMonthsFlagged(member.id)).toBe(24)
  })

  it('takes in the transfer letter’s 党费交至: joined 20 years ago, arrived last month', async () => {
    const { auth, branch, person, rollRow, duesMonthsFlagged } = await setup()
    const response = await api(auth, 'POST', '/party-members/transfer-in', {
      residentId: person.id,
      organizationId: branch.id,
      status: 'full',
      joinedOn: addMonths(today, -240),
      fullMembershipOn: addMonths(today, -228),
      dues: { category: 'employed', income: '5000' },
      duesPaidThrough: monthsAgo(1),
      letter: {
        serialNumber: 'ZZ-001',
        fromOrganization: '某街道第三党支部',
        issuedOn: addDays(today, -20),
        validDays: 30,
        receivedOn: addDays(today, -10),
      },
    })
    expect(response.statusCode, response.body).toBe(201)
    const member = response.json()
    expect(member.dues).toMatchObject({ paidThrough: monthsAgo(1), settledThrough: monthsAgo(1) })
    const row = await rollRow(member.id)
    expect(row).toMatchObject({ owedFen: 5000, paidThrough: monthsAgo(1) })
    expect(await duesMonthsFlagged(member.id)).toBe(0)
    const transfer = await t().db.prisma.partyTransfer.findFirstOrThrow({
      where: { memberId: member.id },
    })
    expect(transfer.duesPaidThrough).toBe(monthsAgo(1))
  })

  it('accepts an expired letter only with the reason for the delay', async () => {
    const { auth, branch, person } = await setup()
    const body = (letter: object) => ({
      residentId: person.id,
      organizationId: branch.id,
      status: 'full',
      joinedOn: addMonths(today, -60),
      fullMembershipOn: addMonths(today, -48),
      letter: {
        serialNumber: 'ZZ-002',
        fromOrganization: '某街道第三党支部',
        issuedOn: addDays(today, -60),
        validDays: 30,
        receivedOn: addDays(today, -5),
        ...letter,
      },
    })
    const refused = await api(auth, 'POST', '/party-members/transfer-in', body({}))
    expect(refused.statusCode).toBe(400)
    expect(refused.json().errors[0]).toMatchObject({
      path: 'letter.receivedOn',
      code: 'party_letter_expired',
    })
    const accepted = await api(
      auth,
      'POST',
      '/party-members/transfer-in',
      body({ delayReason: '因病住院延误，有原支部证明' }),
    )
    expect(accepted.statusCode, accepted.body).toBe(201)
    const events = await api(auth, 'GET', `/party-members/${accepted.json().id}/history`)
    expect(JSON.stringify(events.json())).toContain('因病住院延误')
  })
})

describe('dated dues standards', () => {
  it('prices past months by the standard then: 50.00 paid to last month, then 75.00', async () => {
    const { auth, addMember, seedPayments, rollRow } = await setup()
    const member = await addMember()
    await seedPayments(member.id, monthRange(monthOf(addMonths(today, -24)), monthsAgo(1)))
    // 5,000.01 元 falls in the 1.5% band: 75.00 a month from this month on.
    const changed = await api(
      auth,
      'PATCH',
      `/party-members/${member.id}`,
      { dues: { category: 'employed', income: '5000.01' } },
      member.version,
    )
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json().dues).toMatchObject({ standardFen: 7500, paidThrough: monthsAgo(1) })
    const row = await rollRow(member.id)
    expect(row).toMatchObject({ owedFen: 7500, paidThrough: monthsAgo(1) })
    // This month's payment is taken at the standard in force now.
    const paid = await api(auth, 'POST', `/party-members/${member.id}/dues-payments`, {
      month: thisMonth,
      paidOn: today,
    })
    expect(paid.statusCode, paid.body).toBe(201)
    expect(paid.json().dues.paidThrough).toBe(thisMonth)
  })
})

describe('the lapse warning counts months in a row without dues', () => {
  it('paid, one month missed, paid since: that month is owed and nothing is flagged', async () => {
    const { addMember, seedPayments, rollRow, duesMonthsFlagged } = await setup()
    const member = await addMember({
      joinedOn: addMonths(today, -9),
      fullMembershipOn: null,
      status: 'probationary',
    })
    const joined = monthOf(addMonths(today, -9))
    const missed = addMonthsToMonth(joined, 3)
    await seedPayments(
      member.id,
      monthRange(joined, thisMonth).filter((m) => m !== missed),
    )
    const row = await rollRow(member.id)
    expect(row).toMatchObject({ owedFen: 5000 })
    expect(await duesMonthsFlagged(member.id)).toBe(0)
  })
})

describe('the dues roll as a file (党费收缴表)', () => {
  it('exports the month as the roll shows it, amounts as numbers, then the totals; audited', async () => {
    const { auth, branch, addMember, seedPayments } = await setup()
    const member = await addMember({ duesPaidThrough: monthsAgo(2) })
    await seedPayments(member.id, [thisMonth])
    const url = `/party-dues/export?format=csv&organizationId=${branch.id}&month=${thisMonth}`
    const response = await api(auth, 'GET', url)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toContain('text/csv')
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines[0]).toBe(
      '党组织,月份,姓名,人员类别,党费标准（元/月）,应交（元）,实交（元）,欠交累计（元）,党费交至,提醒',
    )
    // Last month is still owed (50.00); this month is paid.
    expect(lines[1]).toBe(`第一党支部,${thisMonth},王建华,正式党员,50,50,50,50,${monthsAgo(2)},`)
    expect(lines.at(-1)).toBe(`第一党支部,${thisMonth},合计,,,50,50,50,,1 人`)
    const audit = await t().db.prisma.auditEvent.findFirst({
      where: { action: 'export', entityType: 'party_dues_roll' },
      orderBy: { occurredAt: 'desc' },
    })
    expect(audit?.after).toMatchObject({
      format: 'csv',
      filters: { organizationId: branch.id, month: thisMonth },
    })
  })

  it('answers 404 for an organisation outside the clerk’s scope, before any file or audit', async () => {
    const { branch } = await setup()
    const other = await setup()
    const before = await t().db.prisma.auditEvent.count({ where: { action: 'export' } })
    const response = await api(
      other.auth,
      'GET',
      `/party-dues/export?organizationId=${branch.id}&month=${thisMonth}`,
    )
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(await t().db.prisma.auditEvent.count({ where: { action: 'export' } })).toBe(before)
  })
})

describe('organisational life is counted from when the member came onto this roll', () => {
  /** The member as the home page's reminders show them (null when not listed). */
  const reminderOf = async (auth: Record<string, string>, memberId: string) => {
    const reminders = await api(auth, 'GET', '/party-reminders')
    const arrears = reminders.json().arrears as { member: { id: string }; level: string }[]
    return arrears.find((a) => a.member.id === memberId) ?? null
  }

  it('joined in 1985, brought onto the roll now with 党费交至 last month: nothing is flagged', async () => {
    const { auth, addMember, rollRow } = await setup()
    const member = await addMember({
      joinedOn: '1985-07-01',
      fullMembershipOn: '1986-07-01',
      duesPaidThrough: monthsAgo(1),
    })
    // Before: 40 years without a recorded meeting made a lapse, shown as 连续六个月未交.
    expect((await rollRow(member.id)).lapse).toBe('ok')
    expect(await reminderOf(auth, member.id)).toBeNull()
  })

  it('on the roll for eight months without attending: a meetings lapse, not a dues one', async () => {
    const { auth, addMember, rollRow } = await setup()
    const member = await addMember({
      joinedOn: '1985-07-01',
      fullMembershipOn: '1986-07-01',
      duesPaidThrough: thisMonth,
    })
    await t().db.prisma.partyMember.update({
      where: { id: member.id },
      data: { createdAt: new Date(`${addMonths(today, -8)}T09:00:00+08:00`) },
    })
    expect(await reminderOf(auth, member.id)).toMatchObject({
      level: 'lapse',
      duesMonths: 0,
      meetingMonths: 8,
    })
    // The dues roll's 提醒 is about dues: paid up, nothing to say there.
    expect((await rollRow(member.id)).lapse).toBe('ok')
  })
})

describe('paying ahead (预交, 按季度)', () => {
  it('records the next quarter at once, up to a year ahead, never beyond', async () => {
    const { auth, addMember } = await setup()
    const member = await addMember({ duesPaidThrough: thisMonth })
    const quarter = await api(auth, 'POST', `/party-members/${member.id}/dues-payments`, {
      month: addMonthsToMonth(thisMonth, 1),
      toMonth: addMonthsToMonth(thisMonth, 3),
      paidOn: today,
    })
    expect(quarter.statusCode, quarter.body).toBe(201)
    expect(quarter.json().dues.paidThrough).toBe(addMonthsToMonth(thisMonth, 3))
    const payments = await t().db.prisma.partyDuesPayment.findMany({
      where: { memberId: member.id },
      orderBy: { month: 'asc' },
    })
    expect(payments.map((p) => [p.month, p.amountFen])).toEqual(
      [1, 2, 3].map((n) => [addMonthsToMonth(thisMonth, n), 5000]),
    )
    const tooFar = await api(auth, 'POST', `/party-members/${member.id}/dues-payments`, {
      month: addMonthsToMonth(thisMonth, 13),
      paidOn: today,
    })
    expect(tooFar.statusCode).toBe(400)
    expect(tooFar.json().errors[0]).toMatchObject({
      path: 'month',
      code: 'party_dues_advance_limit',
    })
    const reversed = await api(auth, 'POST', `/party-members/${member.id}/dues-payments`, {
      month: addMonthsToMonth(thisMonth, 6),
      toMonth: addMonthsToMonth(thisMonth, 5),
      paidOn: today,
    })
    expect(reversed.statusCode).toBe(400)
  })
})
