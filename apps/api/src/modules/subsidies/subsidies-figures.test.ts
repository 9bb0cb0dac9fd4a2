import { describe, expect, it } from 'vitest'
import type { TSeries } from '@cr/shared/statistics/statistics'
import { apiRequest, seedCommitteeClerk, type TAuth } from '../../test/api-request.ts'
import { seedBuilding, seedDwelling, seedResident, seedUser } from '../../test/factories.ts'
import { figureReader } from '../../test/figures.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)
const { get, figure, expectFigure } = figureReader(t)

type TClerk = Awaited<ReturnType<typeof seedCommitteeClerk>>

/** A household of the given people (the first its head) in the clerk's committee. */
const household = async (clerk: TClerk, names: string[]) => {
  const db = t().db.prisma
  const building = await seedBuilding(db, { committeeId: clerk.committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id })
  const people = await Promise.all(
    names.map((name) =>
      seedResident(db, t().app.cipher, { committeeId: clerk.committee.id, name }),
    ),
  )
  const created = await api(clerk.auth, 'POST', '/households', {
    dwellingId: dwelling.id,
    headResidentId: people[0]!.id,
    members: people.slice(1).map((p) => ({ residentId: p.id, relationship: '20' })),
    movedInOn: '2020-03-01',
  })
  expect(created.statusCode, created.body).toBe(201)
  return { id: created.json().id as string, people }
}

/** A case taken through its steps by the API, each dated. */
const takeSteps = async (auth: TAuth, id: string, steps: [string, object][]) => {
  for (const [verb, body] of steps) {
    const version = (await api(auth, 'GET', `/subsidy-cases/${id}`)).json().version
    const answer = await api(auth, 'POST', `/subsidy-cases/${id}/${verb}`, body, version)
    expect(answer.statusCode, `${verb} ${answer.body}`).toBe(200)
  }
}

const toPayment = (appliedMonth: string, approvedOn: string): [string, object][] => [
  ['investigate', { investigatedOn: `${appliedMonth}-08`, investigators: ['赵', '钱'] }],
  ['deliberate', { heldOn: `${appliedMonth}-12`, members: 7, present: 7, agree: 7 }],
  ['publicize', { startsOn: `${appliedMonth}-13` }],
  ['street-review', { reviewedOn: `${appliedMonth}-21` }],
  ['approve', { approvedOn, certificateNumber: `低保字${approvedOn}` }],
]

const openCase = async (
  clerk: TClerk,
  names: string[],
  appliedOn: string,
  hardshipReason: string,
) => {
  const { id: householdId, people } = await household(clerk, names)
  const opened = await api(clerk.auth, 'POST', '/subsidy-cases', {
    householdId,
    applicantId: people[0]!.id,
    appliedOn,
    hardshipReason,
    bankName: '农商银行',
    bankAccount: '6230520099990001',
    members: people.map((p) => ({ residentId: p.id })),
  })
  expect(opened.statusCode, opened.body).toBe(201)
  return opened.json().id as string
}

/**
 * Committee A, the standard 800 元 from 2026-01, and three cases taken through their steps:
 * - 张 (one person, illness): applied 2026-01-05, in payment from 2026-03-02 at 800 元, suspended
 *   2026-07-10, resumed 2026-09-01;
 * - 李 (two people, unemployed): applied 2026-02-01, in payment from 2026-04-10 at 1,600 元,
 *   stopped 2026-10-20;
 * - 王 (one person): applied 2026-05-04, refused 2026-05-20 — never in payment.
 * Rolls: March (locked) 800 元, April (locked) 800 + 1,600 元, May generated but not locked.
 */
const seed = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const admin = await signIn(t().app, (await seedUser(db, { role: 'admin' })).username)
  await api(admin, 'PUT', '/subsidy-standards/2026-01', { standardFen: 80_000, floorFen: 0 })
  const zhang = await openCase(clerk, ['张桂兰'], '2026-01-05', 'illness')
  await takeSteps(clerk.auth, zhang, [
    ...toPayment('2026-01', '2026-03-02'),
    ['suspend', { decidedOn: '2026-07-10', reason: '外出未归' }],
    ['resume', { decidedOn: '2026-09-01', reason: '已返回' }],
  ])
  const li = await openCase(clerk, ['李建国', '李小燕'], '2026-02-01', 'unemployed')
  await takeSteps(clerk.auth, li, [
    ...toPayment('2026-02', '2026-04-10'),
    ['stop', { decidedOn: '2026-10-20', reason: '已就业' }],
  ])
  const wang = await openCase(clerk, ['王五'], '2026-05-04', 'other')
  await takeSteps(clerk.auth, wang, [['refuse', { decidedOn: '2026-05-20', reason: '收入超标' }]])

  const rolls: Record<string, { id: string; totalFen: number }> = {}
  for (const month of ['2026-03', '2026-04', '2026-05']) {
    const roll = await api(clerk.auth, 'POST', '/subsidy-payouts', {
      committeeId: clerk.committee.id,
      month,
    })
    expect(roll.statusCode, roll.body).toBe(201)
    rolls[month] = { id: roll.json().id, totalFen: roll.json().totals.totalFen }
    if (month !== '2026-05') {
      const locked = await api(admin, 'POST', `/subsidy-payouts/${roll.json().id}/lock`, {}, 1)
      expect(locked.statusCode, locked.body).toBe(200)
    }
  }
  return { clerk, rolls }
}

describe('低保 figures as of a date', () => {
  it('count the cases in payment, the people they cover and the payout as of four dates', async () => {
    const { clerk, rolls } = await seed()
    const { auth } = clerk
    // The rolls the figures add up, as the payout module totals them.
    expect(rolls['2026-03']!.totalFen).toBe(80_000)
    expect(rolls['2026-04']!.totalFen).toBe(80_000 + 160_000)

    const march = { asOf: '2026-03-31' }
    await expectFigure(auth, 'subsidies.households', march, { value: 1, parts: { illness: 1 } })
    await expectFigure(auth, 'subsidies.people', march, { value: 1, parts: { illness: 1 } })
    await expectFigure(auth, 'subsidies.payout', march, {
      value: 80_000,
      parts: { '2026-03': 80_000 },
    })

    const june = { asOf: '2026-06-30' }
    await expectFigure(auth, 'subsidies.households', june, {
      value: 2,
      parts: { illness: 1, unemployed: 1 },
    })
    const people = await expectFigure(auth, 'subsidies.people', june, {
      value: 3,
      parts: { illness: 1, unemployed: 2 },
    })
    expect(people.items.map((row) => row.label).sort()).toEqual(
      ['张桂兰', '李小燕', '李建国'].sort(),
    )
    // May's roll is a draft: not paid out.
    await expectFigure(auth, 'subsidies.payout', june, {
      value: 320_000,
      parts: { '2026-03': 80_000, '2026-04': 240_000 },
    })

    // 张 suspended on 10 July: only 李 is receiving payment.
    const august = { asOf: '2026-08-31' }
    await expectFigure(auth, 'subsidies.households', august, {
      value: 1,
      parts: { unemployed: 1 },
    })
    await expectFigure(auth, 'subsidies.people', august, { value: 2 })

    // 张 resumed on 1 September, 李 stopped on 20 October.
    const november = { asOf: '2026-11-30' }
    const households = await expectFigure(auth, 'subsidies.households', november, {
      value: 1,
      parts: { illness: 1 },
    })
    expect(households.items[0]).toMatchObject({ recordType: 'subsidy_case', label: '张桂兰' })
    await expectFigure(auth, 'subsidies.people', november, { value: 1 })
    // The period from April: April's roll only.
    await expectFigure(
      auth,
      'subsidies.payout',
      { asOf: '2026-11-30', from: '2026-04-01' },
      { value: 240_000, parts: { '2026-04': 240_000 } },
    )

    const series = await get<TSeries>(
      auth,
      '/statistics/series?keys=subsidies.payout,patrol.patrols&interval=month&to=2026-05-20&periods=5',
    )
    expect(series.points.map((p) => [p.from, p.values['subsidies.payout']])).toEqual([
      ['2026-01-01', 0],
      ['2026-02-01', 0],
      ['2026-03-01', 80_000],
      ['2026-04-01', 240_000],
      ['2026-05-01', 0],
    ])
    // This committee has no patrols: not recorded.
    expect(series.points.every((p) => p.values['patrol.patrols'] === null)).toBe(true)

    // Another committee's clerk sees no case at all.
    const other = await seedCommitteeClerk(t())
    expect((await figure(other.auth, 'subsidies.households', '2026-11-30')).value).toBeNull()
    expect((await figure(other.auth, 'subsidies.payout', '2026-11-30')).value).toBeNull()
  })
})
