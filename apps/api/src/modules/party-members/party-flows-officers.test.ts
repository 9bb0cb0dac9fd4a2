import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { addMonths } from '@cr/shared/party/calendar'
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
const api = (auth: TAuth, method: 'GET' | 'POST', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })
/** The app's fixed business day (test-clock.ts): the date rules are checked on it. */
const today = testToday

/** A branch with two full members. */
const setup = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const user = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, user.username)
  const root = await seedPartyOrganization(t().db.prisma, { name: `党工委${committee.code}` })
  const branch = (
    await api(auth, 'POST', '/party-organizations', {
      parentId: root.id,
      level: 'branch',
      name: '流动党员支部',
      committeeIds: [committee.id],
    })
  ).json()
  const members = []
  for (const name of ['孔明', '周瑜']) {
    const resident = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      name,
      phone: '13912345678',
    })
    members.push(
      (
        await api(auth, 'POST', '/party-members', {
          residentId: resident.id,
          organizationId: branch.id,
          status: 'full',
          joinedOn: '1995-07-01',
          fullMembershipOn: '1996-07-01',
        })
      ).json() as { id: string },
    )
  }
  return { auth, root, branch, members }
}

describe('floating members (流动党员)', () => {
  it('go away with a card, once at a time, come back, and are flagged after six months', async () => {
    const { auth, members } = await setup()
    const id = members[0]!.id
    const away = await api(auth, 'POST', `/party-members/${id}/flow-out`, {
      destination: '江苏省苏州市',
      reason: '外出务工',
      cardNumber: '鲁流党证2026-031',
      leftOn: addMonths(today, -7),
    })
    expect(away.statusCode, away.body).toBe(201)
    expect(away.json()).toMatchObject({ returnedOn: null, longAway: true })
    const twice = await api(auth, 'POST', `/party-members/${id}/flow-out`, {
      destination: '青岛',
      reason: '务工',
      leftOn: today,
    })
    expect(twice.statusCode).toBe(409)
    const back = await api(auth, 'POST', `/party-flows/${away.json().id}/return`, { on: today })
    expect(back.statusCode, back.body).toBe(200)
    expect(back.json()).toMatchObject({ returnedOn: today, longAway: true })
    const history = (await api(auth, 'GET', `/party-members/${id}/history`)).json().items
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'joined',
      'confirmed',
      'flowed_out',
      'flowed_back',
    ])
  })
})

describe('officers (支委)', () => {
  it('appoints members of the branch to posts for a term and ends terms', async () => {
    const { auth, root, branch, members } = await setup()
    const appointed = await api(auth, 'POST', `/party-organizations/${branch.id}/officers`, {
      memberId: members[0]!.id,
      post: 'secretary',
      termStart: addMonths(today, -12),
    })
    expect(appointed.statusCode, appointed.body).toBe(201)
    const officer = appointed.json().items[0]
    expect(officer).toMatchObject({ member: { name: '孔明' }, post: 'secretary', current: true })
    // A member of a branch under the 党工委 can hold its post; the party administrator appoints
    // them (the 党工委's officers are out of a clerk's scope).
    const toRoot = { memberId: members[1]!.id, post: 'secretary', termStart: today }
    expect(
      (await api(auth, 'POST', `/party-organizations/${root.id}/officers`, toRoot)).statusCode,
    ).toBe(404)
    const admin = await signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)
    const other = await api(admin, 'POST', `/party-organizations/${root.id}/officers`, toRoot)
    expect(other.statusCode, other.body).toBe(201)
    // Someone not on this organisation's roll cannot hold its post.
    const stranger = await api(auth, 'POST', `/party-organizations/${branch.id}/officers`, {
      memberId: '0190a000-0000-7000-8000-000000000009',
      post: 'member',
      termStart: today,
    })
    expect(stranger.statusCode).toBe(400)
    const ended = await api(auth, 'POST', `/party-officers/${officer.id}/end`, { on: today })
    expect(ended.statusCode, ended.body).toBe(200)
    expect(ended.json().items[0]).toMatchObject({ termEnd: today })
  })
})

describe('exporting the roster', () => {
  it('writes the 党员花名册 with the roster import’s headers, masked', async () => {
    const { auth, branch } = await setup()
    const response = await api(auth, 'GET', `/party-members/export?organizationId=${branch.id}`)
    expect(response.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header.slice(0, 4)).toEqual(['姓名', '性别', '民族', '公民身份号码'])
    expect(sheet.rowCount).toBe(3)
    const names = [sheet.getRow(2).getCell(1).value, sheet.getRow(3).getCell(1).value]
    expect(names.sort()).toEqual(['周瑜', '孔明'].sort())
    expect(String(sheet.getRow(2).getCell(4).value)).toMatch(/\*{8}/)
    expect(sheet.getRow(2).getCell(header.indexOf('联系电话') + 1).value).toBe('139****5678')
  })
})
