import { describe, expect, it } from 'vitest'
import { addDays, addMonths, addYears, monthOf } from '@cr/shared/party/calendar'
import {
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

const t = useTestApp()

type TAuth = Record<string, string>
const api = (auth: TAuth, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })

/**
 * A committee with a clerk, the 党工委 (set up by a party administrator) and one branch the
 * clerk created under it covering the committee, two residents.
 */
const setup = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)
  const root = await seedPartyOrganization(t().db.prisma, { name: `党工委${committee.code}` })
  const branch = (
    await api(auth, 'POST', '/party-organizations', {
      parentId: root.id,
      level: 'branch',
      name: '第一党支部',
      branchType: 'community',
      committeeIds: [committee.id],
    })
  ).json()
  const people = await Promise.all(
    ['王建华', '刘芳'].map((name) =>
      seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name }),
    ),
  )
  return { committee, auth, root, branch, people }
}

/** The app's fixed business day (test-clock.ts): the date rules are checked on it. */
const today = testToday

describe('a member’s life cycle', () => {
  it('joins from the registry, is confirmed after probation, pays dues, and is transferred out', async () => {
    const { auth, branch, committee, people } = await setup()
    const joinedOn = addMonths(today, -13)
    const created = await api(auth, 'POST', '/party-members', {
      residentId: people[0]!.id,
      organizationId: branch.id,
      joinedOn,
      introducers: ['张三', '李四'],
      dues: { category: 'employed', income: '4800' },
    })
    expect(created.statusCode, created.body).toBe(201)
    const member = created.json()
    expect(member).toMatchObject({
      resident: { name: '王建华' },
      organization: { id: branch.id },
      status: 'probationary',
      partyStanding: null,
      probationDueOn: addYears(joinedOn, 1),
      dues: { category: 'employed', standardFen: 4800, paidThrough: null },
    })
    expect(member.dues.description).toContain('1%')

    // One person is one member.
    const again = await api(auth, 'POST', '/party-members', {
      residentId: people[0]!.id,
      organizationId: branch.id,
      joinedOn,
    })
    expect(again.statusCode).toBe(409)

    const early = await api(auth, 'POST', `/party-members/${member.id}/confirm`, {
      on: addMonths(joinedOn, 11),
    })
    // If-Match is required for a step.
    expect(early.statusCode).toBe(428)
    const confirm = (on: string, version: number) =>
      t().app.inject({
        method: 'POST',
        url: `/api/v1/party-members/${member.id}/confirm`,
        headers: { ...auth, 'if-match': `"${version}"` },
        payload: { on },
      })
    const tooEarly = await confirm(addMonths(joinedOn, 11), member.version)
    expect(tooEarly.statusCode).toBe(400)
    expect(tooEarly.json().errors[0]).toMatchObject({
      path: 'on',
      code: 'party_full_membership_early',
    })
    const confirmed = await confirm(addYears(joinedOn, 1), member.version)
    expect(confirmed.statusCode, confirmed.body).toBe(200)
    expect(confirmed.json()).toMatchObject({
      status: 'full',
      fullMembershipOn: addYears(joinedOn, 1),
      partyStanding: 0,
    })

    const pay = (month: string) =>
      api(auth, 'POST', `/party-members/${member.id}/dues-payments`, { month, paidOn: today })
    const paid = await pay(monthOf(today))
    expect(paid.statusCode, paid.body).toBe(201)
    // 党费交至 counts from the month of joining: unpaid months before keep it empty.
    expect(paid.json().dues.paidThrough).toBeNull()
    expect((await pay(monthOf(today))).statusCode).toBe(409)
    // 补交: the six most recent unpaid months may be paid back, not the seventh.
    expect((await pay(monthOf(addMonths(today, -6)))).statusCode).toBe(201)
    const tooFarBack = await pay(monthOf(addMonths(today, -8)))
    expect(tooFarBack.statusCode).toBe(400)
    expect(tooFarBack.json().errors[0]).toMatchObject({ code: 'party_dues_back_payment_limit' })
    // Before joining: no dues.
    expect((await pay(monthOf(addMonths(joinedOn, -1)))).statusCode).toBe(400)

    const current = (await api(auth, 'GET', `/party-members/${member.id}`)).json()
    const transfer = await t().app.inject({
      method: 'POST',
      url: `/api/v1/party-members/${member.id}/transfer-out`,
      headers: { ...auth, 'if-match': `"${current.version}"` },
      payload: {
        serialNumber: '垦组转字第2026-018号',
        toOrganization: '东营区某社区党支部',
        issuedOn: today,
      },
    })
    expect(transfer.statusCode, transfer.body).toBe(200)
    expect(transfer.json()).toMatchObject({
      direction: 'out',
      fromOrganization: '第一党支部',
      toOrganization: '东营区某社区党支部',
      duesPaidThrough: null,
      validUntil: addMonths(today, 3),
      status: 'valid',
      member: { name: '王建华', status: 'full' },
    })
    const after = (await api(auth, 'GET', `/party-members/${member.id}`)).json()
    expect(after.state).toBe('transferred_out')
    const history = (await api(auth, 'GET', `/party-members/${member.id}/history`)).json().items
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'joined',
      'confirmed',
      'dues_paid',
      'dues_paid',
      'transferred_out',
    ])
    const roster = (await api(auth, 'GET', `/party-members?organizationId=${branch.id}`)).json()
    expect(roster.total).toBe(0)
    // Each step is one audit row: before → after, named, in the member's committee.
    const steps = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'party_member', entityId: member.id, action: 'update' },
      orderBy: { occurredAt: 'asc' },
    })
    expect(
      steps.map((e) => [e.committeeId, (e.before as { state: string }).state, e.after]),
    ).toEqual([
      [committee.id, 'active', expect.objectContaining({ step: 'confirmed', status: 'full' })],
      [
        committee.id,
        'active',
        expect.objectContaining({
          step: 'transferred_out',
          transferId: transfer.json().id,
          state: 'transferred_out',
        }),
      ],
    ])
  })

  it('changes only the fields a PATCH names: the category, introducers, posts and dues standard stay', async () => {
    const { auth, branch, people } = await setup()
    const member = (
      await api(auth, 'POST', '/party-members', {
        residentId: people[1]!.id,
        organizationId: branch.id,
        status: 'full',
        joinedOn: '2000-07-01',
        fullMembershipOn: '2001-07-01',
        category: 'reporting',
        introducers: ['张三'],
        partyPosts: ['组织委员'],
        dues: { category: 'employed', income: '4800' },
      })
    ).json()
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/party-members/${member.id}`,
      headers: { ...auth, 'if-match': `"${member.version}"` },
      payload: { notes: '在职党员报到' },
    })
    expect(patched.statusCode, patched.body).toBe(200)
    expect(patched.json()).toMatchObject({
      notes: '在职党员报到',
      category: 'reporting',
      introducers: ['张三'],
      partyPosts: ['组织委员'],
      dues: { category: 'employed', standardFen: 4800 },
    })
  })

  it('extends a probation once, for 6 to 12 months', async () => {
    const { auth, branch, people } = await setup()
    const member = (
      await api(auth, 'POST', '/party-members', {
        residentId: people[1]!.id,
        organizationId: branch.id,
        joinedOn: addMonths(today, -12),
      })
    ).json()
    const extend = (months: number, version: number) =>
      t().app.inject({
        method: 'POST',
        url: `/api/v1/party-members/${member.id}/extend-probation`,
        headers: { ...auth, 'if-match': `"${version}"` },
        payload: { on: today, months, reason: '考察期表现需进一步考察' },
      })
    expect((await extend(13, member.version)).statusCode).toBe(400)
    const extended = await extend(6, member.version)
    expect(extended.statusCode, extended.body).toBe(200)
    expect(extended.json()).toMatchObject({
      probationExtendedMonths: 6,
      probationDueOn: addMonths(member.joinedOn, 18),
    })
    const second = await extend(6, extended.json().version)
    expect(second.statusCode).toBe(400)
    expect(second.json().errors[0]).toMatchObject({ code: 'party_extension_repeated' })
  })
})

describe('counting the roster', () => {
  it('counts active members by status, category and branch, within the clerk’s scope', async () => {
    const { auth, branch, people, committee } = await setup()
    await api(auth, 'POST', '/party-members', {
      residentId: people[0]!.id,
      organizationId: branch.id,
      status: 'full',
      joinedOn: '1990-07-01',
      fullMembershipOn: '1991-07-01',
      category: 'direct',
    })
    await api(auth, 'POST', '/party-members', {
      residentId: people[1]!.id,
      organizationId: branch.id,
      joinedOn: addMonths(today, -2),
      category: 'reporting',
    })
    const stats = (
      await api(auth, 'GET', `/party-members/stats?organizationId=${branch.id}`)
    ).json()
    expect(stats).toEqual({
      total: 2,
      byStatus: { full: 1, probationary: 1 },
      byCategory: { direct: 1, reporting: 1 },
      byOrganization: [{ organization: { id: branch.id, name: '第一党支部' }, count: 2 }],
    })
    const other = await seedUser(t().db.prisma, {
      role: 'clerk',
      committeeIds: [(await seedCommittee(t().db.prisma)).id],
    })
    const otherAuth = await signIn(t().app, other.username)
    expect(
      (await api(otherAuth, 'GET', `/party-members/stats?organizationId=${branch.id}`)).json()
        .total,
    ).toBe(0)
    expect(committee.id).toBeTruthy()
  })
})

describe('transfers in and back, receipts, leaving the roll', () => {
  it('takes a member in with a letter, closes a letter on its receipt, and records a death', async () => {
    const { auth, branch, people } = await setup()
    const letter = {
      serialNumber: '东组转字第2026-007号',
      fromOrganization: '东营区文汇街道某社区党支部',
      // 40 days ago, whatever the month lengths: 30 days of validity have run out, 60 have not.
      issuedOn: addDays(today, -40),
      validDays: 30,
      receivedOn: today,
    }
    const member = {
      residentId: people[0]!.id,
      organizationId: branch.id,
      status: 'full',
      joinedOn: '2001-07-01',
      fullMembershipOn: '2002-07-01',
    }
    // An expired letter is refused.
    const expired = await api(auth, 'POST', '/party-members/transfer-in', { ...member, letter })
    expect(expired.statusCode, expired.body).toBe(400)
    expect(expired.json().errors[0]).toMatchObject({
      path: 'letter.receivedOn',
      code: 'party_letter_expired',
    })
    const arrived = await api(auth, 'POST', '/party-members/transfer-in', {
      ...member,
      letter: { ...letter, validDays: 60 },
    })
    expect(arrived.statusCode, arrived.body).toBe(201)
    const id = arrived.json().id
    expect(arrived.json()).toMatchObject({ state: 'active', status: 'full' })

    const out = await t().app.inject({
      method: 'POST',
      url: `/api/v1/party-members/${id}/transfer-out`,
      headers: { ...auth, 'if-match': `"${arrived.json().version}"` },
      payload: {
        serialNumber: '垦组转字第2026-031号',
        toOrganization: '河口区某党支部',
        issuedOn: today,
      },
    })
    expect(out.statusCode, out.body).toBe(200)
    const reminders = (await api(auth, 'GET', '/party-reminders')).json()
    expect(reminders.letters.map((l: { id: string }) => l.id)).toEqual([out.json().id])
    const receipt = await api(auth, 'POST', `/party-transfers/${out.json().id}/receipt`, {
      on: today,
    })
    expect(receipt.statusCode, receipt.body).toBe(200)
    expect(receipt.json()).toMatchObject({ status: 'received', receiptReturnedOn: today })
    expect((await api(auth, 'GET', '/party-reminders')).json().letters).toEqual([])

    // Back again with a new letter: the same record returns to the roll.
    const back = await api(auth, 'POST', '/party-members/transfer-in', {
      ...member,
      letter: {
        ...letter,
        serialNumber: '河组转字第2026-002号',
        issuedOn: today,
        receivedOn: today,
      },
    })
    expect(back.statusCode, back.body).toBe(201)
    expect(back.json().id).toBe(id)

    const died = await t().app.inject({
      method: 'POST',
      url: `/api/v1/party-members/${id}/leave`,
      headers: { ...auth, 'if-match': `"${back.json().version}"` },
      payload: { state: 'deceased', on: today, reason: '病故' },
    })
    expect(died.statusCode, died.body).toBe(200)
    expect(died.json().state).toBe('deceased')
    const history = (await api(auth, 'GET', `/party-members/${id}/history`)).json().items
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'joined',
      'confirmed',
      'transferred_in',
      'transferred_out',
      'transfer_receipt',
      'transferred_in',
      'deceased',
    ])
  })
})
