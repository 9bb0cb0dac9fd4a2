import { expect } from 'vitest'
import { apiRequest, type TAuth } from '../../test/api-request.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedPartyOrganization,
  seedResident,
  seedUser,
  testIdNumber,
} from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import type { TTestContext } from '../../test/test-app.ts'
import { toDbDate } from '../../lib/dates.ts'
import { newId } from '../../lib/ids.ts'

/**
 * A small community with a dated history, for the figures as of a date
 * (`statistics-history.test.ts`). The registry's records and the party's organisations and
 * meetings are written with Prisma, dated (their only dates are `createdAt` / `foundedOn`); the
 * households, life events and the party's life-cycle steps go through the API, so the figures
 * read the history exactly as the services write it. The app's clock is 2026-11-30.
 *
 * 东风 (A): building A1 (2025-03), dwellings A1-101 (2025-03) and A1-102 (2026-04).
 *   Household 张一 in A1-101 from 2025-03-10: 张一 (head), 张二 (迁出 2026-05-20), 李四 (死亡
 *   2026-06-15); household 王三 in A1-102 from 2026-04-02.
 * 西湖 (B): building B1 (2025-05) with dwelling B1-201 (2025-05); building B2 entered 2026-02-01
 *   and deleted 2026-10-01. Household 赵五 in B1-201 from 2025-05-05, 钱六 moved in 2026-08-01.
 *   孙七 (entered 2025-01-01) and 周八 (entered 2024-06-01) in no household; 吴九 lives elsewhere.
 * Party: 党工委 (2020), 第一党支部 covering A (2020), 第二党支部 covering B (founded 2026-03-01),
 *   第一党小组 under the first branch (no founding date, entered 2026-09-01), 第三党支部 covering B
 *   (founded 2025-01-01, removed 2026-05-01). Members:
 *   张一 (full since 2001, retired 1,600 分 a month, 60 元 from 2026-07, settled to 2025-09),
 *   李四 (full, died 2026-06-15), 王三 (joined 2025-10-10, confirmed 2026-10-12), 赵五 (B, full,
 *   transferred out 2026-09-15), 周八 (B, transferred in 2026-09-01), 孙七 (B, left 2026-03-20).
 */
export const seedHistory = async (t: TTestContext) => {
  const api = apiRequest(() => t)
  const db = t.db.prisma
  const ok = async (
    reply: Promise<{ statusCode: number; body: string; json: () => unknown }>,
    status = 201,
  ) => {
    const answer = await reply
    expect(answer.statusCode, answer.body).toBe(status)
    return answer.json() as { id: string; version: number }
  }
  const a = await seedCommittee(db, { name: '东风居委会' })
  const b = await seedCommittee(db, { name: '西湖居委会' })
  const empty = await seedCommittee(db, { name: '南山居委会' })
  const admin = await seedUser(db, { role: 'admin' })
  const clerkA = await seedUser(db, { role: 'clerk', committeeIds: [a.id] })
  const auth: TAuth = await signIn(t.app, admin.username)
  const clerkAuth: TAuth = await signIn(t.app, clerkA.username)

  const created = (date: string) => new Date(`${date}T10:00:00+08:00`)
  const building = async (committeeId: string, on: string, deletedOn?: string) => {
    const row = await seedBuilding(db, { committeeId })
    return db.building.update({
      where: { id: row.id },
      data: {
        createdAt: created(on),
        ...(deletedOn ? { deletedAt: created(deletedOn) } : {}),
      },
    })
  }
  const dwelling = async (buildingId: string, room: string, on: string) => {
    const row = await seedDwelling(db, { buildingId, room })
    return db.dwelling.update({ where: { id: row.id }, data: { createdAt: created(on) } })
  }
  const a1 = await building(a.id, '2025-03-01')
  const b1 = await building(b.id, '2025-05-01')
  await building(b.id, '2026-02-01', '2026-10-01')
  const a101 = await dwelling(a1.id, '101', '2025-03-01')
  const a102 = await dwelling(a1.id, '102', '2026-04-01')
  const b201 = await dwelling(b1.id, '201', '2025-05-01')

  const person = async (
    committeeId: string,
    name: string,
    birthDate: string,
    extra: {
      education?: string
      category?: 'registered' | 'permanent' | 'temporary' | 'floating'
      createdOn?: string
      residence?: 'here' | 'elsewhere'
    } = {},
  ) => {
    const row = await seedResident(db, t.app.cipher, {
      committeeId,
      name,
      idNumber: testIdNumber({ birthDate }),
      ...(extra.residence ? { residence: extra.residence } : {}),
    })
    return db.resident.update({
      where: { id: row.id },
      data: {
        education: extra.education ?? null,
        category: extra.category ?? 'registered',
        createdAt: created(extra.createdOn ?? '2026-11-30'),
      },
    })
  }
  const zhang1 = await person(a.id, '张一', '1960-05-01', { education: '20' })
  const zhang2 = await person(a.id, '张二', '1990-02-01')
  const wang3 = await person(a.id, '王三', '1995-03-01', { education: '20', category: 'permanent' })
  const li4 = await person(a.id, '李四', '1940-01-01')
  const zhao5 = await person(b.id, '赵五', '1975-08-01', { education: '30', category: 'temporary' })
  const qian6 = await person(b.id, '钱六', '2000-01-01', { category: 'floating' })
  const sun7 = await person(b.id, '孙七', '1985-12-31', {
    education: '60',
    createdOn: '2025-01-01',
  })
  const zhou8 = await person(b.id, '周八', '1988-01-01', {
    education: '14',
    createdOn: '2024-06-01',
  })
  await person(b.id, '吴九', '1970-01-01', { residence: 'elsewhere', createdOn: '2024-01-01' })

  const household = (dwellingId: string, headResidentId: string, on: string, others: string[]) =>
    ok(
      api(auth, 'POST', '/households', {
        dwellingId,
        headResidentId,
        members: others.map((residentId) => ({ residentId, relationship: '20' })),
        movedInOn: on,
      }),
    )
  await household(a101.id, zhang1.id, '2025-03-10', [zhang2.id, li4.id])
  await household(a102.id, wang3.id, '2026-04-02', [])
  const hb = await household(b201.id, zhao5.id, '2025-05-05', [])
  await ok(
    api(auth, 'POST', `/households/${hb.id}/move-in`, {
      residentId: qian6.id,
      relationship: '30',
      date: '2026-08-01',
    }),
    200,
  )

  // Organisations: founded as dated; the group has no founding date and counts from its entry.
  const root = await seedPartyOrganization(db, { name: '党工委' })
  const branch1 = await seedPartyOrganization(db, {
    parentId: root.id,
    level: 'branch',
    name: '第一党支部',
    committeeIds: [a.id],
  })
  const branch2 = await seedPartyOrganization(db, {
    parentId: root.id,
    level: 'branch',
    name: '第二党支部',
    committeeIds: [b.id],
  })
  // An empty branch founded in 2025 and removed on 1 May 2026: counted at the end of 2025 only.
  const branch3 = await seedPartyOrganization(db, {
    parentId: root.id,
    level: 'branch',
    name: '第三党支部',
    committeeIds: [b.id],
  })
  await db.partyOrganization.update({
    where: { id: branch3.id },
    data: { foundedOn: toDbDate('2025-01-01'), deletedAt: created('2026-05-01') },
  })
  const group = await seedPartyOrganization(db, {
    parentId: branch1.id,
    level: 'group',
    name: '第一党小组',
  })
  for (const [id, foundedOn] of [
    [root.id, '2020-01-01'],
    [branch1.id, '2020-07-01'],
    [branch2.id, '2026-03-01'],
  ] as const)
    await db.partyOrganization.update({ where: { id }, data: { foundedOn: toDbDate(foundedOn) } })
  await db.partyOrganization.update({
    where: { id: group.id },
    data: { createdAt: created('2026-09-01') },
  })

  const member = (
    residentId: string,
    organizationId: string,
    fields: {
      joinedOn: string
      fullMembershipOn?: string
      category?: string
      dues?: object
      duesPaidThrough?: string
    },
  ) =>
    ok(
      api(auth, 'POST', '/party-members', {
        residentId,
        organizationId,
        status: fields.fullMembershipOn ? 'full' : 'probationary',
        joinedOn: fields.joinedOn,
        fullMembershipOn: fields.fullMembershipOn ?? null,
        category: fields.category ?? 'direct',
        dues: fields.dues ?? { category: 'unemployed' },
        ...(fields.duesPaidThrough ? { duesPaidThrough: fields.duesPaidThrough } : {}),
      }),
    )
  const step = async (id: string, verb: string, body: object, status = 200) => {
    const current = await ok(api(auth, 'GET', `/party-members/${id}`), 200)
    return ok(api(auth, 'POST', `/party-members/${id}/${verb}`, body, current.version), status)
  }
  const pay = (id: string, month: string, paidOn: string, toMonth?: string) =>
    ok(
      api(auth, 'POST', `/party-members/${id}/dues-payments`, {
        month,
        paidOn,
        ...(toMonth ? { toMonth } : {}),
      }),
    )

  const m1 = await member(zhang1.id, branch1.id, {
    joinedOn: '2000-07-01',
    fullMembershipOn: '2001-07-01',
    dues: { category: 'retired', income: '3200' },
    duesPaidThrough: '2025-09',
  })
  await pay(m1.id, '2025-10', '2025-11-20', '2025-11')
  await pay(m1.id, '2025-12', '2026-01-15')
  await pay(m1.id, '2026-01', '2026-03-31', '2026-03')
  const m1Now = await ok(api(auth, 'GET', `/party-members/${m1.id}`), 200)
  await ok(
    api(
      auth,
      'PATCH',
      `/party-members/${m1.id}`,
      { dues: { category: 'retired', income: '6000' }, duesFromMonth: '2026-07' },
      m1Now.version,
    ),
    200,
  )
  await member(li4.id, branch1.id, {
    joinedOn: '1990-01-01',
    fullMembershipOn: '1991-01-01',
    duesPaidThrough: '2025-12',
  })
  const m3 = await member(wang3.id, branch1.id, { joinedOn: '2025-10-10' })
  await pay(m3.id, '2025-10', '2025-10-20')
  await step(m3.id, 'confirm', { on: '2026-10-12' })
  const m4 = await member(zhao5.id, branch2.id, {
    joinedOn: '2005-06-01',
    fullMembershipOn: '2006-06-01',
    category: 'reporting',
    duesPaidThrough: '2026-06',
  })
  await pay(m4.id, '2026-07', '2026-07-10')
  await step(m4.id, 'transfer-out', {
    serialNumber: '西转2026-01',
    toOrganization: '外区某党支部',
    issuedOn: '2026-09-15',
  })
  await ok(
    api(auth, 'POST', '/party-members/transfer-in', {
      residentId: zhou8.id,
      organizationId: branch2.id,
      status: 'full',
      joinedOn: '2015-07-01',
      fullMembershipOn: '2016-07-01',
      category: 'floating',
      dues: { category: 'unemployed' },
      duesPaidThrough: '2026-08',
      letter: {
        serialNumber: '外转2026-08',
        fromOrganization: '外区另一党支部',
        issuedOn: '2026-08-20',
        validDays: 30,
        receivedOn: '2026-09-01',
      },
    }),
  )
  const m6 = await member(sun7.id, branch2.id, {
    joinedOn: '2010-07-01',
    fullMembershipOn: '2011-07-01',
    duesPaidThrough: '2025-12',
  })
  await step(m6.id, 'leave', { state: 'left', on: '2026-03-20', reason: '本人申请退党' })

  // Life events: 张二 moves away; 李四 dies (which takes him off the party roll too).
  await ok(
    api(auth, 'POST', `/residents/${zhang2.id}/life-events`, {
      type: 'moved_out',
      date: '2026-05-20',
      destination: '北京市朝阳区',
    }),
    200,
  )
  await ok(
    api(auth, 'POST', `/residents/${li4.id}/life-events`, { type: 'deceased', date: '2026-06-15' }),
    200,
  )

  const meeting = (organizationId: string, type: string, heldOn: string, deleted = false) =>
    db.partyMeeting.create({
      data: {
        id: newId(),
        organizationId,
        type,
        heldOn: toDbDate(heldOn),
        title: `${heldOn} ${type}`,
        ...(deleted ? { deletedAt: created('2026-05-06') } : {}),
      },
    })
  await meeting(branch1.id, 'member_meeting', '2025-06-10')
  await meeting(branch1.id, 'party_lecture', '2026-03-15')
  await meeting(branch1.id, 'themed_day', '2026-05-05', true)
  await meeting(branch2.id, 'committee_meeting', '2026-08-08')
  await meeting(group.id, 'group_meeting', '2026-10-01')

  return { auth, clerkAuth, a, b, empty }
}
