import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk, type TAuth } from '../../test/api-request.ts'
import { signIn } from '../../test/sign-in.ts'
import { seedResident, seedUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

// The app's day is the test clock's (2026-11-30): every date here is fixed, never today.
const t = useTestApp()
const api = apiRequest(t)

const errorsOf = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => [e.path, e.code])

/** A clerk's committee with one resident, a supervisor, and the 低保 standard of 760 元. */
const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const person = await seedResident(db, t().app.cipher, {
    committeeId: clerk.committee.id,
    name: '张桂兰',
  })
  const admin = await signIn(t().app, (await seedUser(db, { role: 'admin' })).username)
  const supervisor = await signIn(t().app, (await seedUser(db, { role: 'supervisor' })).username)
  const standard = await api(admin, 'PUT', '/subsidy-standards/2025-07', {
    standardFen: 76_000,
    floorFen: 0,
  })
  expect(standard.statusCode, standard.body).toBe(200)
  return { ...clerk, person, supervisor }
}

const step = async (auth: TAuth, id: string, verb: string, body: object) => {
  const current = await api(auth, 'GET', `/assistance-cases/${id}`)
  return api(auth, 'POST', `/assistance-cases/${id}/${verb}`, body, current.json().version)
}

const balanceOf = async (auth: TAuth, committeeId: string) =>
  (await api(auth, 'GET', `/assistance-fund?committeeId=${committeeId}`)).json().funds[0]
    ?.balanceFen ?? 0

describe('临时救助', () => {
  it('helps first in an urgent case, with its paperwork due 5 working days later across National Day', async () => {
    const { auth, committee, person, supervisor } = await setup()
    const created = await api(auth, 'POST', '/assistance-cases', {
      residentId: person.id,
      kind: 'emergency',
      procedure: 'urgent',
      form: 'cash',
      reason: '家中失火',
      amount: '1,200.50',
      appliedOn: '2026-09-30',
      helpedOn: '2026-09-30',
    })
    expect(created.statusCode, created.body).toBe(201)
    const opened = created.json()
    expect(opened).toMatchObject({
      stage: 'pending',
      amountFen: 120_050,
      committee: { id: committee.id },
      resident: { name: '张桂兰' },
      // 1–8 October are the holiday; Saturday 10 October is worked.
      paperworkDueOn: '2026-10-13',
      overdue: true,
      approved: null,
      paid: null,
    })

    // Nothing in the fund: the payment is refused and the case stays as it was.
    const short = await step(auth, opened.id, 'pay', { paidOn: '2026-09-30' })
    expect(short.statusCode).toBe(409)
    expect(errorsOf(short.json())).toEqual([['paidOn', 'assistance_fund_short']])
    expect(short.json().errors[0].message).toBe('备用金余额不足，请先拨入备用金')

    // A clerk does not deposit; a supervisor does.
    const deposit = { committeeId: committee.id, on: '2026-09-01', amount: 3000, note: '街道拨入' }
    expect((await api(auth, 'POST', '/assistance-fund/deposits', deposit)).statusCode).toBe(403)
    const deposited = await api(supervisor, 'POST', '/assistance-fund/deposits', deposit)
    expect(deposited.statusCode, deposited.body).toBe(201)
    expect(deposited.json()).toMatchObject({ totalFen: 300_000, funds: [{ balanceFen: 300_000 }] })

    const paid = await step(auth, opened.id, 'pay', { paidOn: '2026-09-30' })
    expect(paid.statusCode, paid.body).toBe(200)
    expect(paid.json()).toMatchObject({ stage: 'helped', paid: { on: '2026-09-30' } })
    expect(await balanceOf(auth, committee.id)).toBe(300_000 - 120_050)
    const fund = (await api(auth, 'GET', '/assistance-fund')).json()
    expect(fund.entries).toMatchObject([
      { kind: 'payment', fen: -120_050, case: { id: opened.id, name: '张桂兰' } },
      { kind: 'deposit', fen: 300_000, note: '街道拨入' },
    ])
    // Paid once only.
    expect((await step(auth, opened.id, 'pay', { paidOn: '2026-10-01' })).statusCode).toBe(409)
    expect((await api(auth, 'GET', '/assistance-cases?overdue=true&page=1')).json().total).toBe(1)

    // The paperwork: a clerk may not approve; the supervisor's approval completes the case.
    expect((await step(auth, opened.id, 'approve', { approvedOn: '2026-10-12' })).statusCode).toBe(
      403,
    )
    const approved = await step(supervisor, opened.id, 'approve', { approvedOn: '2026-10-12' })
    expect(approved.statusCode, approved.body).toBe(200)
    expect(approved.json()).toMatchObject({ stage: 'completed', overdue: false })
    expect(approved.json().approved.on).toBe('2026-10-12')
    const list = (await api(auth, 'GET', '/assistance-cases?page=1&kind=emergency')).json()
    expect(list.totals).toEqual({ cases: 1, amountFen: 120_050, paidFen: 120_050 })
  })

  it('refuses an amount above the limit, naming the limit in yuan, and the urgent procedure for 支出型', async () => {
    const { auth, person } = await setup()
    const base = {
      residentId: person.id,
      kind: 'expense',
      reason: '大病医疗支出',
      appliedOn: '2026-11-02',
    }
    // 6 months (the default setting) × 760 元 = 4,560 元.
    const above = await api(auth, 'POST', '/assistance-cases', { ...base, amount: '4560.01' })
    expect(above.statusCode).toBe(400)
    expect(errorsOf(above.json())).toEqual([['amount', 'assistance_amount_over_limit']])
    expect(above.json().errors[0].message).toContain('上限为 4,560.00 元')
    const at = await api(auth, 'POST', '/assistance-cases', { ...base, amount: 4560 })
    expect(at.statusCode, at.body).toBe(201)

    const urgent = await api(auth, 'POST', '/assistance-cases', {
      ...base,
      amount: 100,
      procedure: 'urgent',
      helpedOn: '2026-11-02',
    })
    expect(urgent.statusCode).toBe(400)
    expect(errorsOf(urgent.json())).toEqual([['procedure', 'assistance_urgent_emergency_only']])
    // Before any standard is set there is no limit to measure by.
    const early = await api(auth, 'POST', '/assistance-cases', {
      ...base,
      amount: 100,
      appliedOn: '2025-06-30',
    })
    expect(errorsOf(early.json())).toEqual([['appliedOn', 'subsidy_standard_missing']])
  })

  it('pays an ordinary case only after approval, refuses with a reason, and keeps the fund at zero or above', async () => {
    const { auth, committee, person, supervisor } = await setup()
    const open = async (amount: number) => {
      const created = await api(auth, 'POST', '/assistance-cases', {
        residentId: person.id,
        kind: 'expense',
        form: 'in_kind',
        inKindDescription: '米面油',
        reason: '子女就学支出',
        amount,
        appliedOn: '2026-11-02',
      })
      expect(created.statusCode, created.body).toBe(201)
      return created.json().id as string
    }
    const first = await open(500)
    const early = await step(auth, first, 'pay', { paidOn: '2026-11-03' })
    expect(early.statusCode).toBe(409)
    expect(errorsOf(early.json())).toEqual([['stage', 'assistance_step_not_allowed']])
    await api(supervisor, 'POST', '/assistance-fund/deposits', {
      committeeId: committee.id,
      on: '2026-11-01',
      amount: 800,
    })
    expect(
      (await step(supervisor, first, 'approve', { approvedOn: '2026-11-03' })).json().stage,
    ).toBe('approved')
    const paid = await step(auth, first, 'pay', { paidOn: '2026-11-04' })
    expect(paid.json()).toMatchObject({ stage: 'completed', paid: { on: '2026-11-04' } })

    // 300 元 left: a case of 400 元 is refused at payment, paid after a deposit.
    const second = await open(400)
    await step(supervisor, second, 'approve', { approvedOn: '2026-11-03' })
    expect((await step(auth, second, 'pay', { paidOn: '2026-11-04' })).statusCode).toBe(409)
    expect(await balanceOf(auth, committee.id)).toBe(30_000)
    // The database refuses a negative balance whatever writes it.
    await expect(
      t().db.prisma.assistanceFund.update({
        where: { committeeId: committee.id },
        data: { balanceFen: -1 },
      }),
    ).rejects.toThrow()

    const third = await open(100)
    const refused = await step(supervisor, third, 'refuse', {
      refusedOn: '2026-11-05',
      reason: '经核实不符合条件',
    })
    expect(refused.json()).toMatchObject({
      stage: 'refused',
      refused: { on: '2026-11-05', reason: '经核实不符合条件' },
    })
    expect(
      (await step(supervisor, third, 'approve', { approvedOn: '2026-11-06' })).statusCode,
    ).toBe(409)
    // A paid case is no longer refused.
    expect(
      (await step(supervisor, first, 'refuse', { refusedOn: '2026-11-06', reason: '误' }))
        .statusCode,
    ).toBe(409)
    const totals = (await api(auth, 'GET', '/assistance-cases?page=1')).json().totals
    expect(totals).toEqual({ cases: 3, amountFen: 90_000, paidFen: 50_000 })
  })

  it('keeps another committee’s cases and fund out of a clerk’s sight', async () => {
    const mine = await setup()
    const theirs = await setup()
    const created = await api(theirs.auth, 'POST', '/assistance-cases', {
      residentId: theirs.person.id,
      kind: 'emergency',
      reason: '意外伤害',
      amount: 300,
      appliedOn: '2026-11-02',
    })
    expect(created.statusCode).toBe(201)
    await api(theirs.supervisor, 'POST', '/assistance-fund/deposits', {
      committeeId: theirs.committee.id,
      on: '2026-11-01',
      amount: 1000,
    })
    const id = created.json().id
    expect((await api(mine.auth, 'GET', `/assistance-cases/${id}`)).statusCode).toBe(404)
    expect((await api(mine.auth, 'GET', '/assistance-cases?page=1')).json().total).toBe(0)
    expect((await api(mine.auth, 'GET', '/assistance-fund')).json()).toEqual({
      funds: [],
      totalFen: 0,
      entries: [],
    })
    // Naming their resident is that field's error, as a resident that does not exist.
    const borrowed = await api(mine.auth, 'POST', '/assistance-cases', {
      residentId: theirs.person.id,
      kind: 'emergency',
      reason: '意外伤害',
      amount: 300,
      appliedOn: '2026-11-02',
    })
    expect(errorsOf(borrowed.json())).toEqual([['residentId', 'resident_unknown']])
    expect((await api(theirs.auth, 'GET', '/assistance-cases?page=1')).json().total).toBe(1)
  })

  it('pays two cases at once from a fund that holds one: the other is refused, the balance never below zero', async () => {
    const { auth, committee, person, supervisor } = await setup()
    await api(supervisor, 'POST', '/assistance-fund/deposits', {
      committeeId: committee.id,
      on: '2026-11-01',
      amount: 500,
    })
    const ids: string[] = []
    for (const reason of ['突发重病', '意外伤害']) {
      const created = await api(auth, 'POST', '/assistance-cases', {
        residentId: person.id,
        kind: 'emergency',
        procedure: 'urgent',
        reason,
        amount: 400,
        // Helped before the written application: the payment may be dated from the help.
        appliedOn: '2026-11-03',
        helpedOn: '2026-11-02',
      })
      expect(created.statusCode, created.body).toBe(201)
      ids.push(created.json().id)
    }
    const versions = await Promise.all(
      ids.map(async (id) => (await api(auth, 'GET', `/assistance-cases/${id}`)).json().version),
    )
    const answers = await Promise.all(
      ids.map((id, i) =>
        api(auth, 'POST', `/assistance-cases/${id}/pay`, { paidOn: '2026-11-02' }, versions[i]),
      ),
    )
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409])
    expect(await balanceOf(auth, committee.id)).toBe(10_000)
    const payments = await t().db.prisma.assistanceFundEntry.count({
      where: { committeeId: committee.id, kind: 'payment' },
    })
    expect(payments).toBe(1)
  })
})
