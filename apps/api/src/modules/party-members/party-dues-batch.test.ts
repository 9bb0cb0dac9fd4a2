import { describe, expect, it } from 'vitest'
import { addMonths, monthOf } from '@cr/shared/party/calendar'
import { apiRequest, seedClerkBranch } from '../../test/api-request.ts'
import { seedResident } from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

const t = useTestApp()
const api = apiRequest(t)
const thisMonth = monthOf(testToday)

/** A branch of the clerk's committee with three members, 50.00, 50.00 and 112.50 a month. */
const setup = async () => {
  const { committee, auth, branch } = await seedClerkBranch(t())
  const members: Array<{ id: string; name: string }> = []
  for (const [name, income] of [
    ['王建华', '5000'],
    ['李淑芬', '5000'],
    ['赵德明', '7500'],
  ] as const) {
    const person = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      name,
    })
    const added = await api(auth, 'POST', '/party-members', {
      residentId: person.id,
      organizationId: branch.id,
      status: 'full',
      joinedOn: addMonths(testToday, -24),
      fullMembershipOn: addMonths(testToday, -12),
      dues: { category: 'employed', income },
      duesPaidThrough: monthOf(addMonths(testToday, -1)),
    })
    expect(added.statusCode, added.body).toBe(201)
    members.push({ id: added.json().id, name })
  }
  return { auth, members }
}

const paymentsOf = (memberIds: string[]) =>
  t().db.prisma.partyDuesPayment.findMany({
    where: { memberId: { in: memberIds } },
    select: { memberId: true, month: true, amountFen: true },
  })

describe('批量登记党费: one month for the selected members', () => {
  it('records the month for each at their own standard, each audited, in one request', async () => {
    const { auth, members } = await setup()
    const ids = members.map((m) => m.id)
    const paid = await api(auth, 'POST', '/party-members/dues-payments', {
      memberIds: ids,
      month: thisMonth,
      paidOn: testToday,
    })
    expect(paid.statusCode, paid.body).toBe(201)
    expect(paid.json()).toEqual({ paid: 3 })
    const rows = await paymentsOf(ids)
    expect(
      rows.map((r) => [members.findIndex((m) => m.id === r.memberId), r.month, r.amountFen]).sort(),
    ).toEqual([
      [0, thisMonth, 5000],
      [1, thisMonth, 5000],
      [2, thisMonth, 11250], // 7,500 元 × 1.5%
    ])
    const audits = await t().db.prisma.auditEvent.count({
      where: { entityType: 'party_dues_payment', entityId: { in: ids } },
    })
    expect(audits).toBe(3)
    // Each member's 党费交至 moved on.
    for (const id of ids) {
      const member = (await api(auth, 'GET', `/party-members/${id}`)).json()
      expect(member.dues.paidThrough).toBe(thisMonth)
    }
  })

  it('records all or none: one member who cannot pay refuses the batch at that member, and no one is recorded', async () => {
    const { auth, members } = await setup()
    const ids = members.map((m) => m.id)
    // The second member has paid this month already.
    const first = await api(auth, 'POST', `/party-members/${ids[1]}/dues-payments`, {
      month: thisMonth,
      paidOn: testToday,
    })
    expect(first.statusCode, first.body).toBe(201)
    const before = await paymentsOf(ids)

    const refused = await api(auth, 'POST', '/party-members/dues-payments', {
      memberIds: ids,
      month: thisMonth,
      paidOn: testToday,
    })
    expect(refused.statusCode, refused.body).toBeGreaterThanOrEqual(400)
    expect(refused.statusCode).toBeLessThan(500)
    // At the member's place in the batch, and named in the message the clerk reads.
    expect(refused.json().errors).toEqual([
      expect.objectContaining({
        path: 'memberIds.1',
        code: 'party_dues_already_paid',
        message: expect.stringMatching(/^李淑芬：[\u4e00-\u9fff]/),
      }),
    ])
    expect(await paymentsOf(ids)).toEqual(before)
  })

  it('answers a member of no branch of the caller’s as if there were none (404), and writes nothing', async () => {
    const { auth, members } = await setup()
    const other = await setup()
    const refused = await api(auth, 'POST', '/party-members/dues-payments', {
      memberIds: [members[0]!.id, other.members[0]!.id],
      month: thisMonth,
      paidOn: testToday,
    })
    expect(refused.statusCode).toBe(404)
    expect(await paymentsOf([members[0]!.id, other.members[0]!.id])).toEqual([])
  })
})
