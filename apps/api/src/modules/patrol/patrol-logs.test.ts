import { describe, expect, it } from 'vitest'
import { newId } from '../../lib/ids.ts'
import { toDbDate } from '../../lib/dates.ts'
import { seedCommitteeClerk } from '../../test/api-request.ts'
import { seedDwelling, seedRentalProperty, testIdNumber } from '../../test/factories.ts'
import { findInDatabase, idNumberForms } from '../../test/id-number-leaks.ts'
import { seedPatrolWorld } from '../../test/patrol-logs.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

type TWorld = Awaited<ReturnType<typeof seedPatrolWorld>>
const people = (w: TWorld) => ({
  leader: { kind: 'resident', id: w.leader.id },
  members: [
    { kind: 'resident', id: w.leader.id },
    { kind: 'resident', id: w.member.id },
  ],
})

describe('patrol logs (巡逻记录)', () => {
  it('records a night crossing midnight, with an incident, a 盘查 whose ID number never shows, and a follow-up count', async () => {
    const w = await seedPatrolWorld(t)
    const idNumber = testIdNumber()
    const created = await w.api(w.auth, 'POST', '/patrol-logs', {
      date: '2026-03-01',
      start: '20:00',
      end: '02:00',
      teamId: w.team.id,
      ...people(w),
      routeId: w.route.id,
      weather: 'cloudy',
      incidents: [
        {
          type: 'fire_hazard',
          text: '3号楼消防通道堆放杂物',
          placeId: w.building.id,
          needsFollowUp: true,
        },
      ],
      questionings: [
        {
          person: { name: '赵某', idNumber, description: '黑色外套' },
          grounds: ['suspicious_behaviour', 'unknown_identity'],
          outcome: 'released',
        },
      ],
      handoverNote: '车棚灯坏，已报物业',
    })
    expect(created.statusCode, created.body).toBe(201)
    const log = created.json()
    expect(log).toMatchObject({
      committee: { id: w.committee.id },
      date: '2026-03-01',
      start: '20:00',
      end: '02:00',
      endsNextDay: true,
      minutes: 360,
      team: { id: w.team.id, kind: 'team' },
      leader: { kind: 'resident', id: w.leader.id, name: '王队长' },
      route: { id: w.route.id, name: '夜巡一线' },
      source: 'office',
      openFollowUps: 0,
      incidents: [{ type: 'fire_hazard', place: { id: w.building.id }, needsFollowUp: true }],
      questionings: [
        {
          person: {
            name: '赵某',
            idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
          },
        },
      ],
    })
    expect(log.members.map((m: { name: string }) => m.name)).toEqual(['王队长', '李队员'])
    // No scans: every point missed, the patrol not done.
    expect(log.score).toMatchObject({ outcome: 'not_done', planned: 4, missed: 4 })
    expect(created.body).not.toContain(idNumber)

    const list = await w.api(w.auth, 'GET', '/patrol-logs?questioned=true')
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json().items.map((l: { id: string }) => l.id)).toEqual([log.id])
    expect(list.body).not.toContain(idNumber)
    expect((await w.api(w.auth, 'GET', '/patrol-logs?questioned=false')).json().items).toEqual([])
    expect((await w.api(w.auth, 'GET', '/patrol-logs?incidentType=theft')).json().items).toEqual([])
    expect(
      (
        await w.api(w.auth, 'GET', `/patrol-logs?incidentType=fire_hazard&memberId=${w.member.id}`)
      ).json().items,
    ).toHaveLength(1)
    expect(
      (await w.api(w.auth, 'GET', '/patrol-logs?outcome=not_done&page=1')).json(),
    ).toMatchObject({
      total: 1,
    })
    expect((await w.api(w.auth, 'GET', '/patrol-logs?outcome=done')).json().items).toEqual([])
    expect((await w.api(w.auth, 'GET', '/patrol-logs?from=2026-03-02')).json().items).toEqual([])

    // An open follow-up on the incident is counted, and the list finds it.
    const ownerId = w.clerk.id
    await t().db.prisma.patrolFollowUp.create({
      data: {
        id: newId(),
        committeeId: w.committee.id,
        logId: log.id,
        incidentId: log.incidents[0].id,
        ownerId,
        openedOn: toDbDate('2026-03-02'),
        dueOn: toDbDate('2026-03-09'),
      },
    })
    const again = (await w.api(w.auth, 'GET', `/patrol-logs/${log.id}`)).json()
    expect(again.openFollowUps).toBe(1)
    expect(again.incidents[0].followUp).not.toBeNull()
    expect(
      (await w.api(w.auth, 'GET', '/patrol-logs?followUpOpen=true')).json().items,
    ).toHaveLength(1)

    // The register export: its columns, the 盘查 without any ID number.
    const exported = await w.api(w.auth, 'GET', '/patrol-logs/export?format=csv')
    expect(exported.statusCode).toBe(200)
    const lines = exported.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('日期,开始,结束,队/组,带班人,队员,路线,发现情况,处理情况,交接班')
    expect(lines[1]).toContain('2026-03-01,20:00,次日02:00,夜巡队,王队长,王队长、李队员,夜巡一线')
    expect(lines[1]).toContain('消防隐患：3号楼消防通道堆放杂物')
    expect(exported.body).not.toContain(idNumber)
    expect(exported.body).not.toContain(idNumber.slice(-4) + ',')

    // Nowhere in the database in the clear (the audit rows included).
    const found = await findInDatabase(
      t().db.pool,
      idNumberForms([{ typed: idNumber, canonical: idNumber }]),
    )
    expect(found.hits).toEqual([])
  })

  it('creates once for the same Idempotency-Key, and one live log per roster entry (409)', async () => {
    const w = await seedPatrolWorld(t)
    const plan = await t().db.prisma.patrolPlan.create({
      data: {
        id: newId(),
        committeeId: w.committee.id,
        teamId: w.team.id,
        routeId: w.route.id,
        days: { weekdays: [0, 1, 2, 3, 4, 5, 6] },
        start: '20:00',
        end: '02:00',
        fromDate: toDbDate('2026-02-01'),
      },
    })
    const body = {
      date: '2026-03-02',
      start: '20:05',
      teamId: w.team.id,
      ...people(w),
      planId: plan.id,
    }
    const send = () =>
      t().app.inject({
        method: 'POST',
        url: '/api/v1/patrol-logs',
        headers: { ...w.auth, 'idempotency-key': 'phone-queue-1' },
        payload: body,
      })
    const first = await send()
    expect(first.statusCode, first.body).toBe(201)
    const second = await send()
    expect(second.statusCode).toBe(201)
    expect(second.headers['idempotent-replayed']).toBe('true')
    expect(second.json().id).toBe(first.json().id)
    expect(await t().db.prisma.patrolLog.count({ where: { planId: plan.id } })).toBe(1)
    expect(first.json()).toMatchObject({
      plan: { id: plan.id, name: '20:00–02:00' },
      end: null,
      minutes: null,
    })

    const twice = await w.api(w.auth, 'POST', '/patrol-logs', body)
    expect(twice.statusCode).toBe(409)
    expect(twice.json().errors?.[0] ?? twice.json()).toMatchObject({
      code: 'patrol_log_plan_taken',
    })
    // Removed, the entry is free again.
    expect(
      (
        await w.api(
          w.auth,
          'DELETE',
          `/patrol-logs/${first.json().id}`,
          undefined,
          first.json().version,
        )
      ).statusCode,
    ).toBe(204)
    expect((await w.api(w.auth, 'GET', `/patrol-logs/${first.json().id}`)).statusCode).toBe(404)
    expect((await w.api(w.auth, 'POST', '/patrol-logs', body)).statusCode).toBe(201)
  })

  it('refuses a resident not in the team that day, checks names against the committee; changes need If-Match', async () => {
    const w = await seedPatrolWorld(t)
    const stranger = (await seedCommitteeClerk(t())).committee
    const member = await t().db.prisma.resident.findFirstOrThrow({ where: { id: w.member.id } })
    const early = await w.api(w.auth, 'POST', '/patrol-logs', {
      date: '2026-01-15', // before the members joined
      start: '20:00',
      teamId: w.team.id,
      ...people(w),
    })
    expect(early.statusCode).toBe(400)
    expect(JSON.stringify(early.json())).toContain('patrol_log_member_not_in_team')
    const otherTeam = await w.api(w.auth, 'POST', '/patrol-logs', {
      date: '2026-03-01',
      start: '20:00',
      teamId: newId(),
      ...people(w),
    })
    expect(JSON.stringify(otherTeam.json())).toContain('patrol_team_unknown')
    expect(stranger.id).not.toBe(w.committee.id)

    const created = (
      await w.api(w.auth, 'POST', '/patrol-logs', {
        date: '2026-03-01',
        start: '19:30',
        end: '21:00',
        teamId: w.team.id,
        ...people(w),
        incidents: [
          { type: 'other', text: '一' },
          { type: 'dispute', text: '二' },
        ],
      })
    ).json()
    expect(created).toMatchObject({ minutes: 90, endsNextDay: false })
    expect(
      (await w.api(w.auth, 'PATCH', `/patrol-logs/${created.id}`, { weather: 'rain' })).statusCode,
    ).toBe(428)
    const changed = await w.api(
      w.auth,
      'PATCH',
      `/patrol-logs/${created.id}`,
      {
        leader: { kind: 'resident', id: member.id },
        members: [{ kind: 'resident', id: member.id }],
        incidents: [{ type: 'theft', text: '电动车被盗' }],
      },
      created.version,
    )
    expect(changed.statusCode, changed.body).toBe(200)
    // Replaced as a whole; the first incident keeps its id (findings are matched by position).
    expect(changed.json().members).toHaveLength(1)
    expect(changed.json().incidents).toEqual([
      expect.objectContaining({ id: created.incidents[0].id, type: 'theft' }),
    ])
    const stale = await w.api(
      w.auth,
      'PATCH',
      `/patrol-logs/${created.id}`,
      { weather: 'rain' },
      created.version,
    )
    expect(stale.statusCode).toBe(412)
  })

  it('turns an unregistered tenant into the rental module’s 待登记', async () => {
    const w = await seedPatrolWorld(t)
    const dwelling = await seedDwelling(t().db.prisma, { buildingId: w.building.id })
    const property = await seedRentalProperty(t().db.prisma, t().app.cipher, {
      dwellingId: dwelling.id,
    })
    const created = await w.api(w.auth, 'POST', '/patrol-logs', {
      date: '2026-03-01',
      start: '20:00',
      teamId: w.team.id,
      ...people(w),
      incidents: [
        {
          type: 'other',
          text: '出租屋内有未登记住户',
          unregisteredTenant: { propertyId: property.id, name: '钱某', description: '男，约30岁' },
        },
      ],
    })
    expect(created.statusCode, created.body).toBe(201)
    const pending = created.json().incidents[0].pendingRegistration
    expect(pending).toMatchObject({ id: expect.any(String) })
    const row = await t().db.prisma.pendingRegistration.findUniqueOrThrow({
      where: { id: pending.id },
    })
    expect(row).toMatchObject({ name: '钱某', source: 'other', propertyId: property.id })
  })

  it('answers another committee’s clerk 404, for reads and writes', async () => {
    const w = await seedPatrolWorld(t)
    const log = (
      await w.api(w.auth, 'POST', '/patrol-logs', {
        date: '2026-03-01',
        start: '20:00',
        teamId: w.team.id,
        ...people(w),
      })
    ).json()
    const other = await seedCommitteeClerk(t())
    expect((await w.api(other.auth, 'GET', `/patrol-logs/${log.id}`)).statusCode).toBe(404)
    expect(
      (await w.api(other.auth, 'PATCH', `/patrol-logs/${log.id}`, { weather: 'rain' }, log.version))
        .statusCode,
    ).toBe(404)
    expect(
      (await w.api(other.auth, 'POST', `/patrol-logs/${log.id}/end`, { end: '22:00' })).statusCode,
    ).toBe(404)
    expect((await w.api(other.auth, 'GET', '/patrol-logs')).json().items).toEqual([])
    const theirs = await w.api(other.auth, 'POST', '/patrol-logs', {
      date: '2026-03-01',
      start: '20:00',
      teamId: w.team.id,
      ...people(w),
    })
    expect(JSON.stringify(theirs.json())).toContain('patrol_team_unknown')
  })
})
