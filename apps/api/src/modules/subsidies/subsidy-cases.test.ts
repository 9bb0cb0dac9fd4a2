import { describe, expect, it } from 'vitest'
import { addDays, addMonths, monthOf } from '@cr/shared/party/calendar'
import { toDbDate } from '../../lib/dates.ts'
import { testToday } from '../../test/test-clock.ts'
import { apiRequest, seedCommitteeClerk, type TAuth } from '../../test/api-request.ts'
import { signIn } from '../../test/sign-in.ts'
import {
  seedBuilding,
  seedDwelling,
  seedPartyMember,
  seedPartyOrganization,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

const errorsOf = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => [e.path, e.code])

/** A household of three (head, spouse, a child who is not covered) in a clerk's committee. */
const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const building = await seedBuilding(db, { committeeId: clerk.committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id })
  const [head, spouse, child] = await Promise.all(
    ['王建国', '李秀英', '王小明'].map((name) =>
      seedResident(db, t().app.cipher, { committeeId: clerk.committee.id, name }),
    ),
  )
  const household = await api(clerk.auth, 'POST', '/households', {
    dwellingId: dwelling.id,
    headResidentId: head!.id,
    members: [
      { residentId: spouse!.id, relationship: '10' },
      { residentId: child!.id, relationship: '20' },
    ],
    movedInOn: '2020-03-01',
  })
  expect(household.statusCode, household.body).toBe(201)
  const admin = await signIn(t().app, (await seedUser(db, { role: 'admin' })).username)
  return {
    ...clerk,
    admin,
    household: household.json(),
    head: head!,
    spouse: spouse!,
    child: child!,
  }
}

/** The 低保标准: 760 元 until June 2026, 800 元 (floor 30 元) from July. */
const setStandards = async (admin: TAuth) => {
  for (const [month, standard, floor] of [
    ['2025-07', 76_000, 0],
    ['2026-07', 80_000, 3_000],
  ] as const) {
    const answer = await api(admin, 'PUT', `/subsidy-standards/${month}`, {
      standardFen: standard,
      floorFen: floor,
    })
    expect(answer.statusCode, answer.body).toBe(200)
  }
}

const step = async (auth: TAuth, id: string, verb: string, body: object) => {
  const current = await api(auth, 'GET', `/subsidy-cases/${id}`)
  return api(auth, 'POST', `/subsidy-cases/${id}/${verb}`, body, current.json().version)
}

describe('低保 cases: from application to payment', () => {
  it('takes a case through every step with its dates, and pays from the approval month at the figures', async () => {
    const { auth, admin, household, head, spouse, child } = await setup()
    await setStandards(admin)
    const created = await api(auth, 'POST', '/subsidy-cases', {
      householdId: household.id,
      applicantId: head.id,
      appliedOn: '2026-09-24',
      hardshipReason: 'illness',
      classification: 'changing',
      materials: ['application', 'id_card'],
      bankName: '农商银行',
      bankAccount: '6230520012345678',
      members: [
        { residentId: head.id, income: { transfer: '1,200' } },
        { residentId: spouse.id },
        { residentId: child.id, covered: false, income: { wage: 600 } },
      ],
    })
    expect(created.statusCode, created.body).toBe(201)
    const opened = created.json()
    expect(opened).toMatchObject({
      stage: 'applied',
      nextStep: 'investigate',
      // 10 working days across Mid-Autumn, National Day and the worked Saturday 10 October.
      deadline: '2026-10-15',
      coveredPeople: 2,
      bankAccountMasked: '****5678',
      missingMaterials: [
        'household_register',
        'investigation_form',
        'deliberation_record',
        'consent',
        'income_proof',
      ],
      monthlyAmountFen: null,
    })
    expect(JSON.stringify(opened)).not.toContain('6230520012345678')
    // The account rests encrypted: its digits appear nowhere in the row.
    const row = await t().db.prisma.subsidyCase.findUniqueOrThrow({ where: { id: opened.id } })
    expect(Buffer.from(row.bankAccountCipher!).toString('latin1')).not.toContain('12345678')

    // A second open case for the same household is refused.
    const again = await api(auth, 'POST', '/subsidy-cases', {
      householdId: household.id,
      applicantId: head.id,
      appliedOn: '2026-09-25',
      hardshipReason: 'illness',
      members: [{ residentId: head.id }],
    })
    expect(again.statusCode).toBe(409)
    expect(errorsOf(again.json())).toEqual([['householdId', 'subsidy_case_open']])

    // Steps out of order, before the previous step's day, or by one investigator are refused.
    expect((await step(auth, opened.id, 'approve', { approvedOn: '2026-10-01' })).statusCode).toBe(
      409,
    )
    const early = await step(auth, opened.id, 'investigate', {
      investigatedOn: '2026-09-20',
      investigators: ['赵', '钱'],
    })
    expect(errorsOf(early.json())).toEqual([['investigatedOn', 'subsidy_step_date_order']])
    const alone = await step(auth, opened.id, 'investigate', {
      investigatedOn: '2026-09-30',
      investigators: ['赵'],
    })
    expect(errorsOf(alone.json())).toEqual([['investigators', 'subsidy_investigators_required']])

    const investigated = await step(auth, opened.id, 'investigate', {
      investigatedOn: '2026-09-30',
      investigators: ['赵敏', '钱进'],
      findings: '与申报一致',
    })
    expect(investigated.statusCode, investigated.body).toBe(200)
    expect(investigated.json()).toMatchObject({ stage: 'investigated', deadline: '2026-10-13' })

    // A vote short of two-thirds present is recorded and leaves the case where it was.
    const failed = await step(auth, opened.id, 'deliberate', {
      heldOn: '2026-10-09',
      members: 9,
      present: 5,
      agree: 5,
    })
    expect(failed.json().stage).toBe('investigated')
    const passed = await step(auth, opened.id, 'deliberate', {
      heldOn: '2026-10-12',
      members: 9,
      present: 6,
      agree: 4,
    })
    expect(passed.json().stage).toBe('deliberated')

    // 公示 with an objection: back to investigation, then again without one.
    await step(auth, opened.id, 'publicize', { startsOn: '2026-10-13' })
    const objected = await step(auth, opened.id, 'object', {
      objectedOn: '2026-10-15',
      objection: '邻居反映其子另有经营收入',
    })
    expect(objected.json()).toMatchObject({ stage: 'applied', publicNotice: null })
    await step(auth, opened.id, 'investigate', {
      investigatedOn: '2026-10-19',
      investigators: ['赵敏', '钱进'],
      findings: '经核实无经营收入',
    })
    await step(auth, opened.id, 'deliberate', {
      heldOn: '2026-10-20',
      members: 9,
      present: 9,
      agree: 9,
    })
    const notice = await step(auth, opened.id, 'publicize', { startsOn: '2026-10-21' })
    expect(notice.json().publicNotice).toEqual({ startsOn: '2026-10-21', endsOn: '2026-10-27' })
    // The street's review waits for the 7 days to end.
    const tooSoon = await step(auth, opened.id, 'street-review', { reviewedOn: '2026-10-27' })
    expect(tooSoon.statusCode).toBe(409)
    expect(errorsOf(tooSoon.json())).toEqual([['reviewedOn', 'subsidy_public_notice_running']])
    expect(
      (await step(auth, opened.id, 'street-review', { reviewedOn: '2026-10-28' })).statusCode,
    ).toBe(200)

    const approved = await step(auth, opened.id, 'approve', {
      approvedOn: '2026-11-03',
      certificateNumber: '低保字2026第015号',
    })
    expect(approved.statusCode, approved.body).toBe(200)
    // 1,800 元 over 3 members = 600 元 each; 800 − 600 = 200 元 for each of the 2 covered.
    expect(approved.json()).toMatchObject({
      stage: 'in_payment',
      certificateNumber: '低保字2026第015号',
      computed: {
        standardFen: 80_000,
        perCapitaIncomeFen: 60_000,
        coveredPeople: 2,
        amountFen: 40_000,
      },
    })
    const history = approved
      .json()
      .history.map((e: { step: string; on: string }) => `${e.step} ${e.on}`)
    expect(history).toEqual([
      'apply 2026-09-24',
      'investigate 2026-09-30',
      'deliberate 2026-10-09',
      'deliberate 2026-10-12',
      'publicize 2026-10-13',
      'object 2026-10-15',
      'investigate 2026-10-19',
      'deliberate 2026-10-20',
      'publicize 2026-10-21',
      'street_review 2026-10-28',
      'approve 2026-11-03',
    ])
    const periods = await t().db.prisma.subsidyAmountPeriod.findMany({
      where: { caseId: opened.id },
    })
    expect(periods.map((p) => [p.fromMonth, p.amountFen, p.kind])).toEqual([
      ['2026-11', 40_000, 'approved'],
    ])

    // A review from December: the child's wage rose to 1,200 元 → 800 − 800 = nothing: stopped.
    const reviewed = await step(auth, opened.id, 'review', {
      reviewedOn: '2026-11-20',
      fromMonth: '2026-12',
      members: [
        { residentId: head.id, income: { transfer: 1200 } },
        { residentId: spouse.id },
        { residentId: child.id, covered: false, income: { wage: 1200 } },
      ],
    })
    expect(reviewed.statusCode, reviewed.body).toBe(200)
    expect(reviewed.json().stage).toBe('stopped')
    const after = await t().db.prisma.subsidyAmountPeriod.findMany({
      where: { caseId: opened.id },
      orderBy: { fromMonth: 'asc' },
    })
    // November keeps what it had; the stop applies from December.
    expect(after.map((p) => [p.fromMonth, p.amountFen, p.kind])).toEqual([
      ['2026-11', 40_000, 'approved'],
      ['2026-12', 0, 'stop'],
    ])
  })

  it('refuses members who do not live in the household, and approval with no standard for the month', async () => {
    const { auth, household, head } = await setup()
    const stranger = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: household.committee.id,
      name: '外人',
    })
    const answer = await api(auth, 'POST', '/subsidy-cases', {
      householdId: household.id,
      applicantId: head.id,
      appliedOn: '2026-03-02',
      hardshipReason: 'unemployed',
      members: [{ residentId: head.id }, { residentId: stranger.id }],
    })
    expect(errorsOf(answer.json())).toEqual([
      ['members.1.residentId', 'subsidy_member_not_in_household'],
    ])

    const opened = await api(auth, 'POST', '/subsidy-cases', {
      householdId: household.id,
      applicantId: head.id,
      appliedOn: '2025-03-02',
      hardshipReason: 'unemployed',
      members: [{ residentId: head.id }],
    })
    expect(opened.statusCode, opened.body).toBe(201)
    // Brought to the last step directly: what is checked here is the approval alone. The
    // earliest standard this file sets is July 2025's.
    await t().db.prisma.subsidyCase.update({
      where: { id: opened.json().id },
      data: { stage: 'street_reviewed', stageEnteredOn: new Date('2025-04-01T00:00:00Z') },
    })
    const approval = await step(auth, opened.json().id, 'approve', { approvedOn: '2025-04-02' })
    expect(approval.statusCode).toBe(400)
    expect(errorsOf(approval.json())).toEqual([['approvedOn', 'subsidy_standard_missing']])
  })

  it('keeps another committee’s cases out of a clerk’s sight', async () => {
    const mine = await setup()
    const theirs = await setup()
    const created = await api(theirs.auth, 'POST', '/subsidy-cases', {
      householdId: theirs.household.id,
      applicantId: theirs.head.id,
      appliedOn: '2026-03-02',
      hardshipReason: 'elderly',
      members: [{ residentId: theirs.head.id }],
    })
    expect(created.statusCode).toBe(201)
    expect((await api(mine.auth, 'GET', `/subsidy-cases/${created.json().id}`)).statusCode).toBe(
      404,
    )
    expect((await api(mine.auth, 'GET', '/subsidy-cases?page=1')).json().total).toBe(0)
    expect((await api(theirs.auth, 'GET', '/subsidy-cases?page=1')).json().total).toBe(1)
  })

  it('lists a household’s and a resident’s cases, reviews due, and cases without a helper; a reported change makes the review due', async () => {
    const { auth, admin, household, head, spouse } = await setup()
    await setStandards(admin)
    const opened = await api(auth, 'POST', '/subsidy-cases', {
      householdId: household.id,
      applicantId: head.id,
      appliedOn: addDays(testToday, -60),
      hardshipReason: 'elderly',
      classification: 'stable',
      members: [{ residentId: head.id }, { residentId: spouse.id, covered: false }],
    })
    expect(opened.statusCode, opened.body).toBe(201)
    const id = opened.json().id
    // Brought to the approval directly: the steps before it are the first test's.
    await t().db.prisma.subsidyCase.update({
      where: { id },
      data: { stage: 'street_reviewed', stageEnteredOn: toDbDate(addDays(testToday, -30)) },
    })
    const approvedOn = addDays(testToday, -20)
    const approved = await step(auth, id, 'approve', { approvedOn })
    expect(approved.statusCode, approved.body).toBe(200)
    expect(approved.json()).toMatchObject({
      reviewDueOn: addMonths(approvedOn, 12),
      reportedChangeOn: null,
      amountPeriods: [{ fromMonth: monthOf(approvedOn), change: 'approved', reason: null }],
    })

    // A party member in the household: the 0.2-yuan 低保 dues category is suggested.
    const branch = await seedPartyOrganization(t().db.prisma, {
      level: 'branch',
      committeeIds: [household.committee.id],
    })
    const member = await seedPartyMember(t().db.prisma, {
      residentId: head.id,
      organizationId: branch.id,
    })
    const profile = await api(admin, 'GET', `/party-members/${member.id}`)
    expect(profile.json().dues).toMatchObject({ category: 'employed', subsistenceCaseId: id })
    const spouseCase = await api(
      admin,
      'GET',
      `/party-members/${(await seedPartyMember(t().db.prisma, { residentId: spouse.id, organizationId: branch.id })).id}`,
    )
    // Listed on the case though not covered: the household is in 低保 all the same.
    expect(spouseCase.json().dues.subsistenceCaseId).toBe(id)

    const ids = async (query: string) =>
      (await api(auth, 'GET', `/subsidy-cases?${query}`))
        .json()
        .items.map((c: { id: string }) => c.id)
    expect(await ids(`householdId=${household.id}`)).toEqual([id])
    expect(await ids(`residentId=${spouse.id}`)).toEqual([id])
    expect(
      await ids(
        `residentId=${(await seedResident(t().db.prisma, t().app.cipher, { committeeId: household.committee.id })).id}`,
      ),
    ).toEqual([])
    expect(await ids('reviewOverdue=true')).toEqual([])
    expect(await ids(`reviewDueBy=${addMonths(approvedOn, 12)}`)).toEqual([id])
    expect(await ids(`reviewDueBy=${addDays(addMonths(approvedOn, 12), -1)}`)).toEqual([])
    expect(await ids('withoutHelper=true')).toEqual([id])
    // 800 − 0 = 800 元 for the one covered member: in the 500–1,000 band, not under 500.
    expect(approved.json().monthlyAmountFen).toBe(80_000)
    expect(await ids('minAmountFen=50000&maxAmountFen=100000')).toEqual([id])
    expect(await ids('maxAmountFen=49999')).toEqual([])
    expect(await ids('minAmountFen=80000')).toEqual([id])
    expect(await ids('minAmountFen=80001')).toEqual([])

    // The household reports a change: the review is due from that day, and past it is overdue.
    const reportedOn = addDays(testToday, -5)
    const reported = await step(auth, id, 'report-change', { reportedOn, change: '儿子就业' })
    expect(reported.statusCode, reported.body).toBe(200)
    expect(reported.json()).toMatchObject({
      stage: 'in_payment',
      reviewDueOn: reportedOn,
      reportedChangeOn: reportedOn,
    })
    expect(reported.json().history.at(-1)).toMatchObject({
      step: 'report_change',
      on: reportedOn,
      detail: { change: '儿子就业' },
    })
    expect(await ids('reviewOverdue=true')).toEqual([id])

    const paired = await api(auth, 'POST', '/pairings', {
      helperName: '张帮扶',
      caseId: id,
      startedOn: addDays(testToday, -1),
    })
    expect(paired.statusCode, paired.body).toBe(201)
    expect(await ids('withoutHelper=true')).toEqual([])
  })

  it('passes a 民主评议 by the pass rule in the settings, not a fixed two-thirds', async () => {
    const { auth, admin, household, head } = await setup()
    const opened = await api(auth, 'POST', '/subsidy-cases', {
      householdId: household.id,
      applicantId: head.id,
      appliedOn: '2026-10-19',
      hardshipReason: 'elderly',
      members: [{ residentId: head.id }],
    })
    expect(opened.statusCode, opened.body).toBe(201)
    const id = opened.json().id
    await t().db.prisma.subsidyCase.update({
      where: { id },
      data: { stage: 'investigated', stageEnteredOn: new Date('2026-10-20T00:00:00Z') },
    })
    // 5 of 9 present: short of two-thirds, the default.
    const vote = { members: 9, present: 5, agree: 3 }
    const failed = await step(auth, id, 'deliberate', { heldOn: '2026-10-21', ...vote })
    expect(failed.json().stage).toBe('investigated')

    const settings = await api(admin, 'GET', '/settings')
    const half = { numerator: 1, denominator: 2 }
    const changed = await api(
      admin,
      'PATCH',
      '/settings',
      { subsidyDeliberationRule: { present: half, agree: half } },
      settings.json().version,
    )
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json().subsidyDeliberationRule).toEqual({ present: half, agree: half })
    const passed = await step(auth, id, 'deliberate', { heldOn: '2026-10-22', ...vote })
    expect(passed.json().stage).toBe('deliberated')
    // The setting back to its default for the other tests of this file.
    const third = { numerator: 2, denominator: 3 }
    await api(
      admin,
      'PATCH',
      '/settings',
      { subsidyDeliberationRule: { present: third, agree: third } },
      changed.json().version,
    )
  })
})
