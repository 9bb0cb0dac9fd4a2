import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk, type TAuth } from '../../test/api-request.ts'
import { seedBuilding, seedDwelling, seedResident, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

const errorsOf = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => [e.path, e.code])

const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')

/**
 * A clerk's committee with one household of two in payment since 2026-03 at 400 元 (800 − 400 for
 * one covered person), its account on file, and the standard of 800 元. The case is brought to
 * payment by its own steps: the roll reads what they wrote.
 */
const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const admin = await signIn(t().app, (await seedUser(db, { role: 'admin' })).username)
  const supervisor = await signIn(t().app, (await seedUser(db, { role: 'supervisor' })).username)
  await api(admin, 'PUT', '/subsidy-standards/2026-01', { standardFen: 80_000, floorFen: 0 })
  const building = await seedBuilding(db, { committeeId: clerk.committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id })
  const [head, son] = await Promise.all(
    ['张桂兰', '张强'].map((name) =>
      seedResident(db, t().app.cipher, { committeeId: clerk.committee.id, name }),
    ),
  )
  const household = await api(clerk.auth, 'POST', '/households', {
    dwellingId: dwelling.id,
    headResidentId: head!.id,
    members: [{ residentId: son!.id, relationship: '20' }],
    movedInOn: '2020-03-01',
  })
  const opened = await api(clerk.auth, 'POST', '/subsidy-cases', {
    householdId: household.json().id,
    applicantId: head!.id,
    appliedOn: '2026-01-05',
    hardshipReason: 'illness',
    bankName: '农商银行',
    bankAccount: '6230520099990001',
    members: [
      { residentId: head!.id },
      { residentId: son!.id, covered: false, income: { wage: 800 } },
    ],
  })
  const id = opened.json().id as string
  const steps: [string, object][] = [
    ['investigate', { investigatedOn: '2026-01-08', investigators: ['赵', '钱'] }],
    ['deliberate', { heldOn: '2026-01-12', members: 7, present: 7, agree: 7 }],
    ['publicize', { startsOn: '2026-01-13' }],
    ['street-review', { reviewedOn: '2026-01-20' }],
    ['approve', { approvedOn: '2026-03-02', certificateNumber: '低保字第001号' }],
  ]
  for (const [verb, body] of steps) {
    const version = (await api(clerk.auth, 'GET', `/subsidy-cases/${id}`)).json().version
    const answer = await api(clerk.auth, 'POST', `/subsidy-cases/${id}/${verb}`, body, version)
    expect(answer.statusCode, `${verb} ${answer.body}`).toBe(200)
  }
  return { ...clerk, admin, supervisor, caseId: id, head: head!, son: son! }
}

const generate = (auth: TAuth, committeeId: string, month: string) =>
  api(auth, 'POST', '/subsidy-payouts', { committeeId, month })

const lock = async (auth: TAuth, roll: { id: string; version: number }) =>
  api(auth, 'POST', `/subsidy-payouts/${roll.id}/lock`, {}, roll.version)

describe('发放花名册: the monthly payout roll', () => {
  it('lists the cases in payment with exact totals, locks for good, and sends the bank the full account', async () => {
    const { auth, supervisor, committee } = await setup()
    const march = await generate(auth, committee.id, '2026-03')
    expect(march.statusCode, march.body).toBe(201)
    expect(march.json()).toMatchObject({
      state: 'draft',
      lines: [
        {
          case: { name: '张桂兰' },
          certificateNumber: '低保字第001号',
          coveredPeople: 1,
          amountFen: 40_000,
          correctionFen: 0,
          totalFen: 40_000,
          bankAccountMasked: '****0001',
        },
      ],
      totals: { cases: 1, coveredPeople: 1, amountFen: 40_000, totalFen: 40_000 },
    })
    expect(march.body).not.toContain('6230520099990001')
    // Before its approval month the case is not on a roll.
    expect((await generate(auth, committee.id, '2026-02')).json().lines).toEqual([])

    // No bank file from a draft; a clerk may not lock; a supervisor does.
    const draftFile = await api(
      auth,
      'GET',
      `/subsidy-payouts/${march.json().id}/bank-file?format=csv`,
    )
    expect(draftFile.statusCode).toBe(409)
    expect((await lock(auth, march.json())).statusCode).toBe(403)
    const locked = await lock(supervisor, march.json())
    expect(locked.statusCode, locked.body).toBe(200)
    expect(locked.json().state).toBe('locked')
    expect(errorsOf((await generate(auth, committee.id, '2026-03')).json())).toEqual([
      ['month', 'subsidy_payout_locked'],
    ])

    const file = await api(auth, 'GET', `/subsidy-payouts/${march.json().id}/bank-file?format=csv`)
    expect(file.statusCode, file.body).toBe(200)
    expect(csvLines(file.body)).toEqual([
      '户名,账号,开户银行,金额（元）,低保证号',
      '张桂兰,6230520099990001,农商银行,400.00,低保字第001号',
      '合计,,,400.00,',
    ])
    // The month across committees: the street office's figures equal the roll's.
    const summary = (await api(supervisor, 'GET', '/subsidy-payouts/summary?month=2026-03')).json()
    expect(summary.byCommittee).toEqual([
      {
        committee: { id: committee.id, name: committee.name },
        payoutId: march.json().id,
        state: 'locked',
        totals: locked.json().totals,
      },
    ])
    expect(summary.total).toEqual(locked.json().totals)

    const audits = await t().db.prisma.auditEvent.findMany({
      where: { action: 'export', entityType: 'subsidy_payout' },
    })
    expect(audits).toHaveLength(1)
    expect(audits[0]!.committeeId).toBe(committee.id)
  })

  it('keeps a locked month unchanged and puts a later correction into the next roll', async () => {
    const { auth, supervisor, committee, caseId, head, son } = await setup()
    const march = (await generate(auth, committee.id, '2026-03')).json()
    await lock(supervisor, march)
    const april = (
      await lock(supervisor, (await generate(auth, committee.id, '2026-04')).json())
    ).json()

    // In May a review finds the son lost his job from April: 800 − 0 = 800 元 from April on.
    const version = (await api(auth, 'GET', `/subsidy-cases/${caseId}`)).json().version
    const reviewed = await api(
      auth,
      'POST',
      `/subsidy-cases/${caseId}/review`,
      {
        reviewedOn: '2026-05-06',
        fromMonth: '2026-04',
        members: [{ residentId: head.id }, { residentId: son.id, covered: false }],
      },
      version,
    )
    expect(reviewed.statusCode, reviewed.body).toBe(200)

    // April's roll is as it was locked; May pays 800 and the 400 owed for April.
    const aprilAgain = (await api(auth, 'GET', `/subsidy-payouts/${april.id}`)).json()
    expect(aprilAgain.lines[0]).toMatchObject({ amountFen: 40_000, correctionFen: 0 })
    expect(aprilAgain.updatedAt).toBe(april.updatedAt)
    const may = (await generate(auth, committee.id, '2026-05')).json()
    expect(may.lines[0]).toMatchObject({
      amountFen: 80_000,
      correctionFen: 40_000,
      corrects: [{ month: '2026-04', fen: 40_000 }],
      totalFen: 120_000,
    })
    await lock(supervisor, may)
    // June settles nothing twice.
    const june = (await generate(auth, committee.id, '2026-06')).json()
    expect(june.lines[0]).toMatchObject({ amountFen: 80_000, correctionFen: 0 })

    // Nothing edits a locked roll, not even a statement run by hand.
    await expect(
      t().db.pool.query('UPDATE subsidy_payout_line SET amount_fen = 1 WHERE payout_id = $1', [
        april.id,
      ]),
    ).rejects.toThrow(/locked/)
    await expect(
      t().db.pool.query('DELETE FROM subsidy_payout WHERE id = $1', [march.id]),
    ).rejects.toThrow(/locked/)
  })
})
