import { describe, expect, it } from 'vitest'
import { addDays, addMonths, monthOf } from '@cr/shared/party/calendar'
import { periodOf } from '@cr/shared/party/period'
import {
  seedCoBuildingUnit,
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

/**
 * The party data scope (ARCHITECTURE.md "Party data scope"): a branch is in a clerk's or
 * viewer's scope when it covers one of their committees, a group when its branch is, and
 * everything attached to them follows; the 党工委 level and co-building units are kept by
 * party administrators. Here a clerk of committee A meets every party route with B's records.
 */
const t = useTestApp()

type TAuth = Record<string, string>
type TMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE'
const call = (auth: TAuth, method: TMethod, url: string, payload?: object, version?: number) =>
  t().app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...auth, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
    ...(payload ? { payload } : {}),
  })
const ok = async (
  auth: TAuth,
  method: TMethod,
  url: string,
  payload?: object,
  version?: number,
) => {
  const response = await call(auth, method, url, payload, version)
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300)
  return response.json()
}
const ids = (items: { id: string }[]) => items.map((i) => i.id)

/** The app's fixed business day (test-clock.ts): the date rules are checked on it. */
const today = testToday
type TRecord = { id: string; version: number }

/** Committees A and B, their people, and one party organisation with records on both sides. */
const build = async () => {
  const db = t().db.prisma
  const A = await seedCommittee(db, { name: '甲社区居委会' })
  const B = await seedCommittee(db, { name: '乙社区居委会' })
  const user = async (role: 'admin' | 'supervisor' | 'clerk' | 'viewer', committeeIds: string[]) =>
    signIn(t().app, (await seedUser(db, { role, committeeIds })).username)
  const admin = await user('admin', [])
  const supervisor = await user('supervisor', [])
  const clerkA = await user('clerk', [A.id])
  const viewerA = await user('viewer', [A.id])
  const resident = async (committeeId: string, name: string) =>
    (await seedResident(db, t().app.cipher, { committeeId, name })).id
  const organization = (auth: TAuth, payload: object): Promise<TRecord> =>
    ok(auth, 'POST', '/party-organizations', payload)
  const member = (auth: TAuth, residentId: string, organizationId: string, extra = {}) =>
    ok(auth, 'POST', '/party-members', {
      residentId,
      organizationId,
      status: 'full',
      joinedOn: '2000-07-01',
      fullMembershipOn: '2001-07-01',
      ...extra,
    }) as Promise<TRecord>

  // The 党工委 is set up by a party administrator; A's clerk builds A's branch under it.
  const root = await seedPartyOrganization(db, { name: '范围党工委' })
  const branchA = await organization(clerkA, {
    parentId: root.id,
    level: 'branch',
    name: '甲支部',
    committeeIds: [A.id],
  })
  const groupA = await organization(clerkA, {
    parentId: branchA.id,
    level: 'group',
    name: '甲一小组',
  })
  const branchB = await organization(admin, {
    parentId: root.id,
    level: 'branch',
    name: '乙支部',
    committeeIds: [B.id],
  })
  const groupB = await organization(admin, {
    parentId: branchB.id,
    level: 'group',
    name: '乙一小组',
  })
  const joint = await organization(admin, {
    parentId: root.id,
    level: 'branch',
    name: '甲乙联合支部',
    committeeIds: [A.id, B.id],
  })

  // A's roll: a resident of A, and one living in B. B's roll: residents of B and of A.
  const a1 = await member(clerkA, await resident(A.id, '甲党员'), branchA.id)
  const aB = await member(admin, await resident(B.id, '甲支部乙居民'), groupA.id)
  const b1 = await member(admin, await resident(B.id, '乙党员'), branchB.id)
  const bA = await member(admin, await resident(A.id, '乙支部甲居民'), groupB.id, {
    status: 'probationary',
    // The probation ends in ten days: a reminder; no dues ever paid: arrears.
    joinedOn: addDays(addMonths(today, -12), 10),
    fullMembershipOn: undefined,
  })
  const leaverResident = await resident(A.id, '乙支部转出')
  const bL = await member(admin, leaverResident, branchB.id)

  // B's records, kept by the administrator.
  const letterB = await ok(
    admin,
    'POST',
    `/party-members/${bL.id}/transfer-out`,
    { serialNumber: '乙组转字第001号', toOrganization: '河口区某党支部', issuedOn: today },
    bL.version,
  )
  const officerB = (
    await ok(admin, 'POST', `/party-organizations/${branchB.id}/officers`, {
      memberId: b1.id,
      post: 'secretary',
      termStart: '2024-01-01',
    })
  ).items[0]
  const rootOfficer = (
    await ok(admin, 'POST', `/party-organizations/${root.id}/officers`, {
      memberId: b1.id,
      post: 'secretary',
      termStart: '2024-01-01',
    })
  ).items[0]
  const meetingB = await ok(admin, 'POST', '/party-meetings', {
    organizationId: branchB.id,
    type: 'member_meeting',
    heldOn: today,
    title: '乙支部党员大会',
    minutes: '乙支部的会议记录',
    attendance: [
      { memberId: b1.id, present: true },
      { memberId: bA.id, present: false, absenceReason: '外出务工' },
    ],
  })
  const rootMeeting = await ok(admin, 'POST', '/party-meetings', {
    organizationId: root.id,
    type: 'committee_meeting',
    heldOn: today,
    title: '党工委会议',
    attendance: [{ memberId: b1.id, present: true }],
  })
  const flowB = await ok(admin, 'POST', `/party-members/${bA.id}/flow-out`, {
    destination: '青岛',
    reason: '务工',
    leftOn: today,
  })
  await ok(admin, 'POST', `/party-members/${bA.id}/evaluations`, {
    year: 2025,
    grade: 'qualified',
  })
  await ok(admin, 'POST', `/party-members/${b1.id}/dues-payments`, {
    month: monthOf(today),
    paidOn: today,
  })
  // A's own meeting, with the member of A's roll who lives in B.
  const meetingA = await ok(clerkA, 'POST', '/party-meetings', {
    organizationId: branchA.id,
    type: 'member_meeting',
    heldOn: today,
    title: '甲支部党员大会',
    attendance: [
      { memberId: a1.id, present: true },
      { memberId: aB.id, present: true },
    ],
  })
  const unit = await seedCoBuildingUnit(db, { name: '范围共建单位' })
  const agreement = (
    await ok(admin, 'POST', `/co-building-units/${unit.id}/agreements`, {
      signedOn: today,
      commitments: '联合开展主题党日',
    })
  ).agreements[0]
  return {
    A,
    B,
    admin,
    supervisor,
    clerkA,
    viewerA,
    resident,
    root,
    branchA,
    groupA,
    branchB,
    groupB,
    joint,
    a1,
    aB,
    b1,
    bA,
    bL,
    leaverResident,
    letterB,
    officerB,
    rootOfficer,
    meetingB,
    rootMeeting,
    meetingA,
    flowB,
    unit,
    agreement,
  }
}
let built: ReturnType<typeof build> | undefined
const world = () => (built ??= build())

/** B's party rows as they are: compared before and after A's clerk tries everything. */
const snapshotOfB = async (w: Awaited<ReturnType<typeof build>>) => {
  const db = t().db.prisma
  return {
    organizations: await db.partyOrganization.findMany({
      where: { id: { in: [w.branchB.id, w.groupB.id, w.joint.id, w.root.id] } },
      include: { committees: true },
      orderBy: { id: 'asc' },
    }),
    members: await db.partyMember.findMany({
      where: { id: { in: [w.b1.id, w.bA.id, w.bL.id] } },
      orderBy: { id: 'asc' },
    }),
    events: await db.partyMemberEvent.count({
      where: { memberId: { in: [w.b1.id, w.bA.id, w.bL.id] } },
    }),
    payments: await db.partyDuesPayment.count({ where: { memberId: { in: [w.b1.id, w.bA.id] } } }),
    evaluations: await db.partyEvaluation.count({ where: { memberId: w.bA.id } }),
    flows: await db.partyFlow.findMany({ where: { memberId: w.bA.id } }),
    transfers: await db.partyTransfer.findMany({ where: { memberId: w.bL.id } }),
    officers: await db.partyOfficer.findMany({ orderBy: { id: 'asc' } }),
    meetings: await db.partyMeeting.count({
      where: { organizationId: { in: [w.branchB.id, w.groupB.id, w.root.id] } },
    }),
    units: await db.coBuildingUnit.findMany({ include: { agreements: true } }),
  }
}

const expectProblem = (
  response: Awaited<ReturnType<typeof call>>,
  status: number,
  field?: { path: string; code: string },
) => {
  expect(response.statusCode, response.body).toBe(status)
  if (field) expect(response.json().errors).toEqual([expect.objectContaining(field)])
}

describe('party data scope: a clerk of committee A and the party records of committee B', () => {
  it('the tree: B’s branch and group are neither listed, read nor changed; the 党工委 is a name to navigate by, kept by administrators', async () => {
    const w = await world()
    const before = await snapshotOfB(w)
    const tree = (await ok(w.clerkA, 'GET', '/party-organizations')).items
    expect(ids(tree).sort()).toEqual([w.root.id, w.branchA.id, w.groupA.id, w.joint.id].sort())
    expect((await call(w.viewerA, 'GET', '/party-organizations')).json().items).toHaveLength(4)
    for (const node of [w.branchB, w.groupB]) {
      expectProblem(await call(w.clerkA, 'GET', `/party-organizations/${node.id}`), 404)
      expectProblem(
        await call(w.clerkA, 'PATCH', `/party-organizations/${node.id}`, { notes: '改' }, 1),
        404,
      )
      expectProblem(
        await call(w.clerkA, 'DELETE', `/party-organizations/${node.id}`, undefined, 1),
        404,
      )
    }
    // The 党工委: readable as a node, changed only by a party administrator.
    expect(await ok(w.clerkA, 'GET', `/party-organizations/${w.root.id}`)).toMatchObject({
      name: '范围党工委',
      level: 'committee',
    })
    const admin = { code: 'party_admin_required' }
    for (const response of [
      await call(w.clerkA, 'PATCH', `/party-organizations/${w.root.id}`, { name: '改名' }, 1),
      await call(w.clerkA, 'DELETE', `/party-organizations/${w.root.id}`, undefined, 1),
      await call(w.clerkA, 'POST', '/party-organizations', { level: 'committee', name: '自建' }),
    ]) {
      expectProblem(response, 403)
      expect(response.json()).toMatchObject(admin)
    }
    // A group under B's branch: the parent is unknown to A's clerk.
    expectProblem(
      await call(w.clerkA, 'POST', '/party-organizations', {
        parentId: w.branchB.id,
        level: 'group',
        name: '越界小组',
      }),
      400,
      { path: 'parentId', code: 'party_organization_unknown' },
    )
    // A branch A's clerk creates covers their committees only, and at least one of them.
    expectProblem(
      await call(w.clerkA, 'POST', '/party-organizations', {
        parentId: w.root.id,
        level: 'branch',
        name: '无居委会支部',
      }),
      400,
      { path: 'committeeIds', code: 'party_organization_committees_required' },
    )
    expectProblem(
      await call(w.clerkA, 'POST', '/party-organizations', {
        parentId: w.root.id,
        level: 'branch',
        name: '越界支部',
        committeeIds: [w.A.id, w.B.id],
      }),
      400,
      { path: 'committeeIds.1', code: 'committee_unknown' },
    )
    // The joint branch: A's clerk works on it, but B stays on it and A cannot be handed over.
    const joint = await ok(w.clerkA, 'GET', `/party-organizations/${w.joint.id}`)
    expectProblem(
      await call(
        w.clerkA,
        'PATCH',
        `/party-organizations/${w.joint.id}`,
        { committeeIds: [w.A.id] },
        joint.version,
      ),
      400,
      { path: 'committeeIds', code: 'party_organization_committee_kept' },
    )
    expectProblem(
      await call(
        w.clerkA,
        'PATCH',
        `/party-organizations/${w.joint.id}`,
        { committeeIds: [w.B.id] },
        joint.version,
      ),
      400,
      { path: 'committeeIds', code: 'party_organization_committees_required' },
    )
    expectProblem(
      await call(
        w.clerkA,
        'PATCH',
        `/party-organizations/${w.branchA.id}`,
        { committeeIds: [w.A.id, w.B.id] },
        (await ok(w.clerkA, 'GET', `/party-organizations/${w.branchA.id}`)).version,
      ),
      400,
      { path: 'committeeIds.1', code: 'committee_unknown' },
    )
    expect(await snapshotOfB(w)).toEqual(before)
  })

  it('no body brings a record into B’s branches: members, letters, meetings and officers', async () => {
    const w = await world()
    const before = await snapshotOfB(w)
    const newcomer = await w.resident(w.A.id, '新党员')
    const unknownOrganization = { path: 'organizationId', code: 'party_organization_unknown' }
    for (const organizationId of [w.branchB.id, w.groupB.id]) {
      const member = { residentId: newcomer, organizationId, joinedOn: '2020-07-01' }
      expectProblem(
        await call(w.clerkA, 'POST', '/party-members', member),
        400,
        unknownOrganization,
      )
      expectProblem(
        await call(w.clerkA, 'POST', '/party-members/transfer-in', {
          ...member,
          letter: {
            serialNumber: '外组转字第9号',
            fromOrganization: '外地某党支部',
            issuedOn: today,
            validDays: 30,
            receivedOn: today,
          },
        }),
        400,
        unknownOrganization,
      )
      expectProblem(
        await call(w.clerkA, 'POST', '/party-meetings', {
          organizationId,
          type: 'member_meeting',
          heldOn: today,
          title: '越界会议',
        }),
        400,
        unknownOrganization,
      )
    }
    // The 党工委's own meetings and officers are the administrators'.
    expectProblem(
      await call(w.clerkA, 'POST', '/party-meetings', {
        organizationId: w.root.id,
        type: 'committee_meeting',
        heldOn: today,
        title: '越界党工委会议',
      }),
      400,
      unknownOrganization,
    )
    expectProblem(
      await call(w.clerkA, 'POST', `/party-organizations/${w.root.id}/officers`, {
        memberId: w.a1.id,
        post: 'member',
        termStart: today,
      }),
      404,
    )
    // B's members on A's meeting or among A's officers: unknown.
    expectProblem(
      await call(w.clerkA, 'POST', '/party-meetings', {
        organizationId: w.branchA.id,
        type: 'member_meeting',
        heldOn: today,
        title: '甲支部会议',
        attendance: [{ memberId: w.bA.id, present: true }],
      }),
      400,
      { path: 'attendance.0.memberId', code: 'not_found' },
    )
    expectProblem(
      await call(w.clerkA, 'POST', `/party-organizations/${w.branchA.id}/officers`, {
        memberId: w.bA.id,
        post: 'member',
        termStart: today,
      }),
      400,
      { path: 'memberId', code: 'not_found' },
    )
    // A letter brings back the person transferred out of B's roll: not as A's clerk's record,
    // and without pointing at B's.
    const back = await call(w.clerkA, 'POST', '/party-members/transfer-in', {
      residentId: w.leaverResident,
      organizationId: w.branchA.id,
      status: 'full',
      joinedOn: '2000-07-01',
      fullMembershipOn: '2001-07-01',
      letter: {
        serialNumber: '外组转字第10号',
        fromOrganization: '河口区某党支部',
        issuedOn: today,
        validDays: 30,
        receivedOn: today,
      },
    })
    expectProblem(back, 409, { path: 'residentId', code: 'party_member_exists' })
    expect(back.json()).not.toHaveProperty('existing')
    expect(await t().db.prisma.partyMember.count({ where: { residentId: newcomer } })).toBe(0)
    expect(await snapshotOfB(w)).toEqual(before)
  })

  it('B’s roll is read through no route: one member, the list with and without filters, stats, export, history, flows, evaluations, letters', async () => {
    const w = await world()
    for (const auth of [w.clerkA, w.viewerA]) {
      const list = await ok(auth, 'GET', '/party-members')
      expect(ids(list.items).sort()).toEqual([w.a1.id, w.aB.id].sort())
      expect(list.total).toBe(2)
      for (const filter of [
        `organizationId=${w.branchB.id}`,
        `organizationId=${w.groupB.id}`,
        'state=transferred_out',
        `q=${encodeURIComponent('乙支部')}`,
      ])
        expect(await ok(auth, 'GET', `/party-members?${filter}`), filter).toMatchObject({
          items: [],
          total: 0,
        })
      // By the committee members live in: A's roll only (the member of B's roll living in A is
      // not there; A's member living in B is).
      expect(ids((await ok(auth, 'GET', `/party-members?committeeId=${w.A.id}`)).items)).toEqual([
        w.a1.id,
      ])
      expect(ids((await ok(auth, 'GET', `/party-members?committeeId=${w.B.id}`)).items)).toEqual([
        w.aB.id,
      ])
      expect(
        ids((await ok(auth, 'GET', `/party-members?organizationId=${w.root.id}`)).items).sort(),
      ).toEqual([w.a1.id, w.aB.id].sort())
      for (const path of ['', '/history', '/flows', '/evaluations'])
        expectProblem(await call(auth, 'GET', `/party-members/${w.bA.id}${path}`), 404)
      expectProblem(await call(auth, 'GET', `/party-members/${w.bL.id}`), 404)
      expectProblem(await call(auth, 'GET', `/party-transfers/${w.letterB.id}`), 404)

      const stats = await ok(auth, 'GET', '/party-members/stats')
      expect(stats.total).toBe(2)
      expect(
        stats.byOrganization.map((o: { organization: { id: string } }) => o.organization.id),
      ).not.toContain(w.branchB.id)
      expect(
        stats.byOrganization.map((o: { organization: { id: string } }) => o.organization.id),
      ).not.toContain(w.groupB.id)
      expect(
        (await ok(auth, 'GET', `/party-members/stats?organizationId=${w.branchB.id}`)).total,
      ).toBe(0)

      const exported = await call(auth, 'GET', '/party-members/export?format=csv')
      expect(exported.statusCode).toBe(200)
      expect(exported.body).toContain('甲党员')
      expect(exported.body).toContain('甲支部乙居民')
      expect(exported.body).not.toContain('乙支部甲居民')
      expect(exported.body).not.toContain('乙党员')
      const filtered = await call(
        auth,
        'GET',
        `/party-members/export?format=csv&organizationId=${w.branchB.id}`,
      )
      expect(filtered.body.trim().split('\n')).toHaveLength(1)
    }
  })

  it('no step or change reaches a member of B’s roll, their flow or their letter', async () => {
    const w = await world()
    const before = await snapshotOfB(w)
    const id = w.bA.id
    const v = w.bA.version
    for (const [method, path, body, version] of [
      ['PATCH', '', { notes: '越界' }, v],
      ['DELETE', '', undefined, v],
      ['POST', '/confirm', { on: today }, v],
      ['POST', '/extend-probation', { on: today, months: 6, reason: '越界' }, v],
      [
        'POST',
        '/transfer-out',
        { serialNumber: '越1', toOrganization: '某支部', issuedOn: today },
        v,
      ],
      ['POST', '/leave', { state: 'left', on: today, reason: '越界' }, v],
      ['POST', '/dues-payments', { month: monthOf(today), paidOn: today }, undefined],
      ['POST', '/flow-out', { destination: '济南', reason: '务工', leftOn: today }, undefined],
      ['POST', '/evaluations', { year: 2025, grade: 'excellent' }, undefined],
    ] as const)
      expectProblem(await call(w.clerkA, method, `/party-members/${id}${path}`, body, version), 404)
    expectProblem(
      await call(w.clerkA, 'POST', `/party-flows/${w.flowB.id}/return`, { on: today }),
      404,
    )
    expectProblem(
      await call(w.clerkA, 'POST', `/party-transfers/${w.letterB.id}/receipt`, { on: today }),
      404,
    )
    expectProblem(await call(w.clerkA, 'POST', `/party-transfers/${w.letterB.id}/printed`), 404)
    expect(await snapshotOfB(w)).toEqual(before)
  })

  it('B’s meetings, officers, dues roll and compliance answer 404 and stay out of lists and reminders; so do the 党工委’s own', async () => {
    const w = await world()
    const before = await snapshotOfB(w)
    const quarter = periodOf(today, 'quarter').label
    for (const auth of [w.clerkA, w.viewerA]) {
      expect(ids((await ok(auth, 'GET', '/party-meetings')).items)).toEqual([w.meetingA.id])
      for (const organization of [w.branchB, w.groupB])
        expect(
          (await ok(auth, 'GET', `/party-meetings?organizationId=${organization.id}`)).items,
        ).toEqual([])
      expect(
        ids((await ok(auth, 'GET', `/party-meetings?organizationId=${w.root.id}`)).items),
      ).toEqual([w.meetingA.id])
      for (const meeting of [w.meetingB, w.rootMeeting])
        expectProblem(await call(auth, 'GET', `/party-meetings/${meeting.id}`), 404)
      for (const organization of [w.branchB, w.groupB, w.root]) {
        expectProblem(
          await call(
            auth,
            'GET',
            `/party-meetings/compliance?organizationId=${organization.id}&period=${quarter}`,
          ),
          404,
        )
        expectProblem(
          await call(auth, 'GET', `/party-organizations/${organization.id}/officers`),
          404,
        )
        expectProblem(
          await call(
            auth,
            'GET',
            `/party-dues?organizationId=${organization.id}&month=${monthOf(today)}`,
          ),
          404,
        )
      }
      const reminders = await ok(auth, 'GET', '/party-reminders')
      const named = JSON.stringify(reminders)
      for (const hidden of [w.bA.id, w.b1.id, w.bL.id, w.letterB.id, w.branchB.id, w.groupB.id])
        expect(named).not.toContain(hidden)
      expect(named).toContain(w.a1.id)
    }
    expectProblem(
      await call(w.clerkA, 'POST', `/party-organizations/${w.branchB.id}/officers`, {
        memberId: w.b1.id,
        post: 'member',
        termStart: today,
      }),
      404,
    )
    for (const officer of [w.officerB, w.rootOfficer])
      expectProblem(
        await call(w.clerkA, 'POST', `/party-officers/${officer.id}/end`, { on: today }),
        404,
      )
    expect(await snapshotOfB(w)).toEqual(before)
  })

  it('co-building units are kept by party administrators; clerks read them', async () => {
    const w = await world()
    const before = await snapshotOfB(w)
    const list = await ok(w.clerkA, 'GET', '/co-building-units')
    expect(ids(list.items)).toContain(w.unit.id)
    expect(await ok(w.clerkA, 'GET', `/co-building-units/${w.unit.id}`)).toMatchObject({
      name: '范围共建单位',
      agreements: [expect.objectContaining({ id: w.agreement.id })],
    })
    for (const response of [
      await call(w.clerkA, 'POST', '/co-building-units', { name: '自建共建单位' }),
      await call(w.clerkA, 'PATCH', `/co-building-units/${w.unit.id}`, { name: '改名' }, 1),
      await call(w.clerkA, 'DELETE', `/co-building-units/${w.unit.id}`, undefined, 1),
      await call(w.clerkA, 'POST', `/co-building-units/${w.unit.id}/agreements`, {
        signedOn: today,
        commitments: '越界协议',
      }),
      await call(w.clerkA, 'POST', `/co-building-units/agreements/${w.agreement.id}/activities`, {
        heldOn: today,
        title: '越界活动',
      }),
    ])
      expectProblem(response, 403)
    expect(await snapshotOfB(w)).toEqual(before)
    // The administrator does all of it.
    const unit = await ok(w.admin, 'POST', '/co-building-units', { name: '管理员共建单位' })
    const signed = await ok(w.admin, 'POST', `/co-building-units/${unit.id}/agreements`, {
      signedOn: today,
      commitments: '共同开展志愿服务',
    })
    await ok(
      w.admin,
      'POST',
      `/co-building-units/agreements/${signed.agreements[0].id}/activities`,
      {
        heldOn: today,
        title: '联合主题党日',
      },
    )
    await ok(w.admin, 'PATCH', `/co-building-units/${unit.id}`, { notes: '已核对' }, unit.version)
  })

  it('administrators and supervisors see both committees; A’s clerk does all their work on A, the member living in B included', async () => {
    const w = await world()
    for (const auth of [w.admin, w.supervisor]) {
      expect(ids((await ok(auth, 'GET', '/party-organizations')).items)).toEqual(
        expect.arrayContaining([w.branchB.id, w.groupB.id, w.branchA.id, w.root.id]),
      )
      expect((await ok(auth, 'GET', '/party-members')).total).toBe(4)
      expect(await ok(auth, 'GET', `/party-members/${w.bA.id}`)).toMatchObject({ id: w.bA.id })
      expect((await ok(auth, 'GET', `/party-meetings/${w.meetingB.id}`)).minutes).toBe(
        '乙支部的会议记录',
      )
      expect((await ok(auth, 'GET', `/party-meetings/${w.rootMeeting.id}`)).title).toBe(
        '党工委会议',
      )
      expect(
        (await ok(auth, 'GET', `/party-organizations/${w.root.id}/officers`)).items,
      ).toHaveLength(1)
      expect(
        (
          await ok(
            auth,
            'GET',
            `/party-dues?organizationId=${w.branchB.id}&month=${monthOf(today)}`,
          )
        ).rows,
      ).toHaveLength(2)
      expect(await ok(auth, 'GET', `/party-transfers/${w.letterB.id}`)).toMatchObject({
        serialNumber: '乙组转字第001号',
      })
      const reminders = await ok(auth, 'GET', '/party-reminders')
      expect(ids(reminders.probations.map((p: { member: { id: string } }) => p.member))).toContain(
        w.bA.id,
      )
    }

    // A's clerk: the member of A's roll living in B is theirs to read and to work on.
    const { clerkA } = w
    const aB = await ok(clerkA, 'GET', `/party-members/${w.aB.id}`)
    expect(aB).toMatchObject({ resident: { committee: { id: w.B.id } } })
    expect((await ok(clerkA, 'GET', `/party-members/${w.aB.id}/history`)).items.length).toBe(2)
    const paid = await ok(clerkA, 'POST', `/party-members/${w.aB.id}/dues-payments`, {
      month: monthOf(today),
      paidOn: today,
    })
    expect(paid.dues.paidThrough).toBeNull()
    const roll = await ok(
      clerkA,
      'GET',
      `/party-dues?organizationId=${w.branchA.id}&month=${monthOf(today)}`,
    )
    expect(ids(roll.rows.map((r: { member: { id: string } }) => r.member)).sort()).toEqual(
      [w.a1.id, w.aB.id].sort(),
    )
    expect((await ok(clerkA, 'GET', `/party-meetings/${w.meetingA.id}`)).attendance).toHaveLength(2)
    await ok(clerkA, 'POST', `/party-members/${w.aB.id}/evaluations`, {
      year: 2025,
      grade: 'qualified',
    })
    const officers = await ok(clerkA, 'POST', `/party-organizations/${w.branchA.id}/officers`, {
      memberId: w.aB.id,
      post: 'secretary',
      termStart: '2025-01-01',
    })
    await ok(clerkA, 'POST', `/party-officers/${officers.items[0].id}/end`, { on: today })
    await ok(clerkA, 'PATCH', `/party-members/${w.aB.id}`, { notes: '甲支部' }, aB.version)
    const compliance = await ok(
      clerkA,
      'GET',
      `/party-meetings/compliance?organizationId=${w.branchA.id}&period=${periodOf(today, 'quarter').label}`,
    )
    expect(compliance.organization.id).toBe(w.branchA.id)
    // The joint branch is A's clerk's too: they change it, B stays on it.
    const joint = await ok(clerkA, 'GET', `/party-organizations/${w.joint.id}`)
    const changed = await ok(
      clerkA,
      'PATCH',
      `/party-organizations/${w.joint.id}`,
      { committeeIds: [w.A.id, w.B.id], notes: '两个居委会联合' },
      joint.version,
    )
    expect(changed.committees.map((c: { id: string }) => c.id).sort()).toEqual(
      [w.A.id, w.B.id].sort(),
    )
    // A new branch under the 党工委 and a group under it; the group goes again.
    const branch = await ok(clerkA, 'POST', '/party-organizations', {
      parentId: w.root.id,
      level: 'branch',
      name: '甲第二支部',
      committeeIds: [w.A.id],
    })
    const group = await ok(clerkA, 'POST', '/party-organizations', {
      parentId: branch.id,
      level: 'group',
      name: '甲第二支部一小组',
    })
    expectProblem(
      await call(clerkA, 'DELETE', `/party-organizations/${group.id}`, undefined, group.version),
      204,
    )
    // The administrator keeps the 党工委.
    const root = await ok(w.admin, 'GET', `/party-organizations/${w.root.id}`)
    await ok(
      w.admin,
      'PATCH',
      `/party-organizations/${w.root.id}`,
      { notes: '管理员' },
      root.version,
    )
  })
})
