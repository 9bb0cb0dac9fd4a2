import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import {
  seedCommittee,
  seedPartyMember,
  seedPartyOrganization,
  seedResident,
} from '../../test/factories.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/**
 * A committee and its clerk; the 党工委, a branch covering the committee with a group under it;
 * two members on the branch's roll and one in the group.
 */
const setup = async () => {
  const { committee, auth } = await seedCommitteeClerk(t())
  const root = await seedPartyOrganization(t().db.prisma)
  const branch = await seedPartyOrganization(t().db.prisma, {
    parentId: root.id,
    level: 'branch',
    committeeIds: [committee.id],
  })
  const group = await seedPartyOrganization(t().db.prisma, {
    parentId: branch.id,
    level: 'group',
    name: '第一党小组',
  })
  const [a, b, c] = await Promise.all(
    ['王建华', '刘芳', '陈刚'].map((name) =>
      seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name }),
    ),
  )
  const members = await Promise.all([
    seedPartyMember(t().db.prisma, { residentId: a!.id, organizationId: branch.id }),
    seedPartyMember(t().db.prisma, { residentId: b!.id, organizationId: branch.id }),
    seedPartyMember(t().db.prisma, { residentId: c!.id, organizationId: group.id }),
  ])
  return { committee, root, branch, group, members, auth }
}

const meeting = (organizationId: string, attendance: object[], overrides: object = {}) => ({
  organizationId,
  type: 'member_meeting',
  heldOn: '2025-04-10',
  title: '第二季度支部党员大会',
  minutes: '学习传达上级精神',
  attendance,
  ...overrides,
})

describe('party meetings', () => {
  it('records a meeting with its attendance, reads and lists it (the subtree, by type and date), audited', async () => {
    const { branch, group, members, auth } = await setup()
    const [a, b, c] = members
    const created = await api(
      auth,
      'POST',
      '/party-meetings',
      meeting(branch.id, [
        { memberId: a!.id, present: true, absenceReason: '不应出现' },
        { memberId: b!.id, present: false, absenceReason: '外出务工' },
        { memberId: c!.id, present: true },
      ]),
    )
    expect(created.statusCode, created.body).toBe(201)
    const held = created.json()
    expect(held).toMatchObject({
      organization: { id: branch.id },
      type: 'member_meeting',
      heldOn: '2025-04-10',
      title: '第二季度支部党员大会',
      minutes: '学习传达上级精神',
      version: 1,
    })
    // In pinyin order; a reason belongs only to an absence.
    expect(held.attendance).toEqual([
      { member: { id: c!.id, name: '陈刚' }, present: true, absenceReason: null },
      { member: { id: b!.id, name: '刘芳' }, present: false, absenceReason: '外出务工' },
      { member: { id: a!.id, name: '王建华' }, present: true, absenceReason: null },
    ])
    expect((await api(auth, 'GET', `/party-meetings/${held.id}`)).json()).toEqual(held)

    const groupMeeting = (
      await api(auth, 'POST', '/party-meetings', {
        ...meeting(group.id, [{ memberId: c!.id, present: true }]),
        type: 'group_meeting',
        heldOn: '2025-05-20',
        title: '党小组会',
      })
    ).json()
    const ids = async (query: string) =>
      (await api(auth, 'GET', `/party-meetings?${query}`))
        .json()
        .items.map((m: { id: string }) => m.id)
    // Newest first; a branch's list takes in its groups' meetings.
    expect(await ids(`organizationId=${branch.id}`)).toEqual([groupMeeting.id, held.id])
    expect(await ids(`organizationId=${group.id}`)).toEqual([groupMeeting.id])
    expect(await ids(`organizationId=${branch.id}&type=member_meeting`)).toEqual([held.id])
    expect(await ids(`organizationId=${branch.id}&from=2025-05-01&to=2025-05-31`)).toEqual([
      groupMeeting.id,
    ])

    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: held.id } })
    expect(audit).toMatchObject({
      action: 'create',
      entityType: 'party_meeting',
      after: expect.objectContaining({ title: '第二季度支部党员大会' }),
    })
  })

  it('refuses invalid input with field paths and Chinese messages, and writes nothing', async () => {
    const { branch, members, auth } = await setup()
    const before = await t().db.prisma.partyMeeting.count()
    const response = await api(auth, 'POST', '/party-meetings', {
      organizationId: branch.id,
      type: 'tea_party',
      heldOn: '2025-13-01',
      title: '',
      attendance: [{ memberId: 'x', present: 'yes' }],
    })
    expect(response.statusCode).toBe(400)
    const problem = response.json()
    expect(problem.code).toBe('validation_failed')
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'attendance.0.memberId',
      'attendance.0.present',
      'heldOn',
      'title',
      'type',
    ])
    for (const error of problem.errors) expect(error.message).toMatch(/[\u4e00-\u9fa5]/)

    // Someone who is not on the organisation's roll, and one member listed twice.
    const elsewhere = await seedCommittee(t().db.prisma)
    const stranger = await seedPartyMember(t().db.prisma, {
      residentId: (await seedResident(t().db.prisma, t().app.cipher, { committeeId: elsewhere.id }))
        .id,
      organizationId: (await seedPartyOrganization(t().db.prisma, { level: 'branch' })).id,
    })
    const offRoll = await api(
      auth,
      'POST',
      '/party-meetings',
      meeting(branch.id, [
        { memberId: members[0]!.id, present: true },
        { memberId: stranger.id, present: true },
      ]),
    )
    expect(offRoll.statusCode).toBe(400)
    expect(offRoll.json().errors).toEqual([
      { path: 'attendance.1.memberId', code: 'not_found', message: '记录不存在或无权查看' },
    ])
    const twice = await api(
      auth,
      'POST',
      '/party-meetings',
      meeting(branch.id, [
        { memberId: members[0]!.id, present: true },
        { memberId: members[0]!.id, present: false, absenceReason: '病假' },
      ]),
    )
    expect(twice.statusCode, twice.body).toBe(400)
    expect(twice.json().errors).toEqual([
      {
        path: 'attendance.1.memberId',
        code: 'party_attendee_repeated',
        message: '该党员已在出席名单中',
      },
    ])
    expect(await t().db.prisma.partyMeeting.count()).toBe(before)
  })

  it('takes attendance once per Idempotency-Key', async () => {
    const { branch, members, auth } = await setup()
    const headers = { ...auth, 'idempotency-key': `meeting-${branch.id}` }
    const payload = meeting(branch.id, [{ memberId: members[0]!.id, present: true }])
    const first = await api(headers, 'POST', '/party-meetings', payload)
    const again = await api(headers, 'POST', '/party-meetings', payload)
    expect(again.json()).toEqual(first.json())
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(await t().db.prisma.partyMeeting.count({ where: { organizationId: branch.id } })).toBe(1)
  })

  it('answers a clerk of another committee 404 for the meeting and its compliance, and treats the branch as unknown', async () => {
    const { branch, members, auth } = await setup()
    const held = (
      await api(
        auth,
        'POST',
        '/party-meetings',
        meeting(branch.id, [{ memberId: members[0]!.id, present: true }]),
      )
    ).json()
    const other = await setup()
    const read = await api(other.auth, 'GET', `/party-meetings/${held.id}`)
    expect(read.statusCode).toBe(404)
    expect(read.json().code).toBe('not_found')
    const compliance = await api(
      other.auth,
      'GET',
      `/party-meetings/compliance?organizationId=${branch.id}&period=2025Q2`,
    )
    expect(compliance.statusCode).toBe(404)
    const listed = (
      await api(other.auth, 'GET', `/party-meetings?organizationId=${branch.id}`)
    ).json()
    expect(listed.items).toEqual([])
    const written = await api(
      other.auth,
      'POST',
      '/party-meetings',
      meeting(branch.id, [{ memberId: members[0]!.id, present: true }]),
    )
    expect(written.statusCode).toBe(400)
    expect(written.json().errors).toEqual([
      { path: 'organizationId', code: 'party_organization_unknown', message: '党组织不存在' },
    ])
    expect(await t().db.prisma.partyMeeting.count({ where: { organizationId: branch.id } })).toBe(1)
  })
})

describe('meetings as a file (会议记录)', () => {
  it('exports the filtered meetings with attendance and who was absent and why; audited', async () => {
    const { branch, members, auth } = await setup()
    const [a, b, c] = members
    const created = await api(
      auth,
      'POST',
      '/party-meetings',
      meeting(branch.id, [
        { memberId: a!.id, present: true },
        { memberId: b!.id, present: false, absenceReason: '外出务工' },
        { memberId: c!.id, present: false },
      ]),
    )
    expect(created.statusCode, created.body).toBe(201)
    const response = await api(
      auth,
      'GET',
      `/party-meetings/export?format=csv&organizationId=${branch.id}`,
    )
    expect(response.statusCode, response.body).toBe(200)
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines[0]).toBe('召开日期,会议类型,会议主题,党组织,应到,实到,缺席人员及原因,会议记录')
    expect(lines[1]).toMatch(
      /^2025-04-10,支部党员大会,第二季度支部党员大会,[^,]+,3,1,(陈刚、刘芳（外出务工）|刘芳（外出务工）、陈刚),学习传达上级精神$/,
    )
    const audit = await t().db.prisma.auditEvent.findFirst({
      where: { action: 'export', entityType: 'party_meeting' },
      orderBy: { occurredAt: 'desc' },
    })
    expect(audit?.after).toMatchObject({ format: 'csv', filters: { organizationId: branch.id } })
  })
})
