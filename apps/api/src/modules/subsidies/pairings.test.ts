import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedBuilding, seedDwelling, seedResident } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/** A clerk's committee with two households in payment (stage set directly: pairing is tested). */
const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const building = await seedBuilding(db, { committeeId: clerk.committee.id })
  const cases: string[] = []
  for (const [room, name] of [
    ['101', '刘玉珍'],
    ['102', '陈志刚'],
  ] as const) {
    const dwelling = await seedDwelling(db, { buildingId: building.id, room })
    const head = await seedResident(db, t().app.cipher, { committeeId: clerk.committee.id, name })
    const household = await api(clerk.auth, 'POST', '/households', {
      dwellingId: dwelling.id,
      headResidentId: head.id,
      movedInOn: '2020-03-01',
    })
    const opened = await api(clerk.auth, 'POST', '/subsidy-cases', {
      householdId: household.json().id,
      applicantId: head.id,
      appliedOn: '2026-01-05',
      hardshipReason: 'elderly',
      members: [{ residentId: head.id }],
    })
    await db.subsidyCase.update({ where: { id: opened.json().id }, data: { stage: 'in_payment' } })
    cases.push(opened.json().id)
  }
  return { ...clerk, cases }
}

describe('一助一 pairings', () => {
  it('pairs a helper with a case, logs visits, ends, and counts the pairing rate as of a day', async () => {
    const { auth, committee, cases } = await setup()
    const rate = async (asOf: string) =>
      (await api(auth, 'GET', `/pairings/rate?asOf=${asOf}`)).json()
    expect((await rate('2026-06-01')).total).toEqual({ cases: 2, paired: 0, perMille: 0 })

    const created = await api(auth, 'POST', '/pairings', {
      helperName: '党员王红',
      caseId: cases[0],
      startedOn: '2026-03-01',
      goals: '每月走访一次，协助就医',
    })
    expect(created.statusCode, created.body).toBe(201)
    const pairing = created.json()
    expect(pairing).toMatchObject({ case: { name: '刘玉珍' }, helperName: '党员王红' })
    expect((await api(auth, 'GET', `/subsidy-cases/${cases[0]}`)).json().helper).toEqual({
      id: pairing.id,
      name: '党员王红',
    })
    expect(await rate('2026-06-01')).toMatchObject({
      total: { cases: 2, paired: 1, perMille: 500 },
      byCommittee: [{ committee: { id: committee.id }, cases: 2, paired: 1 }],
    })
    // Before it started, the case had no helper.
    expect((await rate('2026-02-28')).total.paired).toBe(0)

    const visited = await api(
      auth,
      'POST',
      `/pairings/${pairing.id}/visits`,
      { on: '2026-04-02', kind: 'help', note: '陪同到社区医院复查' },
      pairing.version,
    )
    expect(visited.statusCode, visited.body).toBe(200)
    expect(visited.json().visits).toMatchObject([{ on: '2026-04-02', kind: 'help' }])

    const ended = await api(
      auth,
      'POST',
      `/pairings/${pairing.id}/end`,
      { endedOn: '2026-06-30' },
      visited.json().version,
    )
    expect(ended.statusCode, ended.body).toBe(200)
    // The end day still counts; the day after, the case is without a helper again.
    expect((await rate('2026-06-30')).total.paired).toBe(1)
    expect((await rate('2026-07-01')).total.paired).toBe(0)
    const again = await api(
      auth,
      'POST',
      `/pairings/${pairing.id}/end`,
      { endedOn: '2026-07-01' },
      ended.json().version,
    )
    expect(again.statusCode).toBe(409)
  })

  it('helps either a case or a resident, never both or neither', async () => {
    const { auth, cases } = await setup()
    const both = await api(auth, 'POST', '/pairings', {
      helperName: '王红',
      caseId: cases[0],
      beneficiaryId: cases[1],
      startedOn: '2026-03-01',
    })
    expect(both.statusCode).toBe(400)
    expect(both.json().errors).toMatchObject([{ path: 'caseId', code: 'pairing_target_required' }])
  })
})
