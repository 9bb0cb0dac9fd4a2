import { describe, expect, it } from 'vitest'
import { testIdNumber } from '../../test/factories.ts'
import { pngBytes, seedPatrolWorld, uploadPhoto } from '../../test/patrol-logs.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

type TWorld = Awaited<ReturnType<typeof seedPatrolWorld>>
const startLog = async (w: TWorld, routeId: string | null = w.route.id) => {
  const created = await w.api(w.auth, 'POST', '/patrol-logs', {
    date: '2026-03-01',
    start: '20:00',
    teamId: w.team.id,
    leader: { kind: 'resident', id: w.leader.id },
    members: [{ kind: 'resident', id: w.leader.id }],
    routeId,
  })
  if (created.statusCode !== 201) throw new Error(created.body)
  return created.json() as { id: string; version: number }
}
const at = (clock: string) => `2026-03-01T${clock}+08:00`

describe('the phone’s steps on a patrol log', () => {
  it('scores the scans: on time, early, late, missed with the deviation, and a repeated scan', async () => {
    const w = await seedPatrolWorld(t)
    const log = await startLog(w)
    const [gate, block, shed] = w.route.checkpoints
    const scan = (checkpointId: string, clock: string) =>
      w.api(w.auth, 'POST', `/patrol-logs/${log.id}/visits`, {
        checkpointId,
        scannedAt: at(clock),
        position: { lat: 37.58, lng: 118.54, accuracy: 12 },
      })
    // Expected 20:10, 20:20, 20:30, 20:40, each ± 2 minutes.
    expect((await scan(gate!.id, '20:11:00')).statusCode).toBe(200)
    await scan(block!.id, '20:15:00')
    await scan(shed!.id, '20:35:00')
    const last = await scan(gate!.id, '20:50:00')
    expect(last.statusCode).toBe(200)
    const answered = last.json()
    expect(answered.visits).toHaveLength(4)
    expect(answered.visits[0].position).toEqual({ lat: 37.58, lng: 118.54, accuracy: 12 })
    expect(answered.score).toMatchObject({
      outcome: 'partly_done',
      planned: 4,
      visited: 3,
      onTime: 1,
      early: 1,
      late: 1,
      missed: 1,
      repeatedScans: 1,
      unknownScans: 0,
    })
    expect(
      answered.score.points.map(
        (p: { checkpoint: { name: string }; result: string; offsetSeconds: number | null }) => [
          p.checkpoint.name,
          p.result,
          p.offsetSeconds,
        ],
      ),
    ).toEqual([
      ['东门', 'on_time', 60],
      ['3号楼', 'early', -300],
      ['车棚', 'late', 300],
      ['北门', 'missed', null],
    ])
    expect(answered.score.points[3].expectedAt).toBe('2026-03-01T20:40')
    // The phone's queue sends a scan again with its key: kept once.
    const queued = () =>
      t().app.inject({
        method: 'POST',
        url: `/api/v1/patrol-logs/${log.id}/visits`,
        headers: { ...w.auth, 'idempotency-key': 'scan-north-gate-1' },
        payload: { checkpointId: w.route.checkpoints[3]!.id, scannedAt: at('20:41:00') },
      })
    expect((await queued()).statusCode).toBe(200)
    const replayed = await queued()
    expect(replayed.headers['idempotent-replayed']).toBe('true')
    expect(await t().db.prisma.patrolCheckpointVisit.count({ where: { logId: log.id } })).toBe(5)
    // Each step moved the version: an office change with the old one is stale.
    expect(answered.version).toBeGreaterThan(log.version + 3)

    // A checkpoint of another route is a field error.
    const other = await w.api(w.auth, 'POST', '/patrol-routes', {
      committeeId: w.committee.id,
      name: '白天路线',
      checkpoints: [{ name: '南门', place: '南门' }],
    })
    const wrong = await scan(other.json().checkpoints[0].id, '20:55:00')
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().errors).toEqual([
      expect.objectContaining({ code: 'patrol_checkpoint_not_on_route' }),
    ])
  })

  it('adds an incident and a 盘查, ends once (409 the second time) with the handover note', async () => {
    const w = await seedPatrolWorld(t)
    const log = await startLog(w, null)
    const incident = await w.api(w.auth, 'POST', `/patrol-logs/${log.id}/incidents`, {
      type: 'suspicious_person',
      text: '车棚附近有人徘徊',
    })
    expect(incident.statusCode, incident.body).toBe(200)
    const idNumber = testIdNumber()
    const questioned = await w.api(w.auth, 'POST', `/patrol-logs/${log.id}/questionings`, {
      person: { name: '孙某', idNumber },
      grounds: ['suspicious_property'],
      outcome: 'handed_to_police',
    })
    expect(questioned.statusCode, questioned.body).toBe(200)
    expect(questioned.body).not.toContain(idNumber)
    expect(questioned.json()).toMatchObject({
      score: null,
      incidents: [{ type: 'suspicious_person', handling: 'handled_on_site' }],
      questionings: [
        {
          outcome: 'handed_to_police',
          person: { idNumberMasked: expect.stringContaining('********') },
        },
      ],
    })
    const stored = await t().db.prisma.patrolQuestioning.findFirstOrThrow({
      where: { logId: log.id },
    })
    expect(Buffer.from(stored.idNumberCipher!).toString('latin1')).not.toContain(idNumber)

    const ended = await w.api(w.auth, 'POST', `/patrol-logs/${log.id}/end`, {
      end: '01:30',
      handoverNote: '可疑人员已移交派出所',
    })
    expect(ended.statusCode, ended.body).toBe(200)
    expect(ended.json()).toMatchObject({
      end: '01:30',
      endsNextDay: true,
      minutes: 330,
      handoverNote: '可疑人员已移交派出所',
    })
    const twice = await w.api(w.auth, 'POST', `/patrol-logs/${log.id}/end`, { end: '02:00' })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().code).toBe('patrol_log_ended')
  })

  it('takes a photo up and gives it back, refuses another type, and findings name only photos of the committee', async () => {
    const w = await seedPatrolWorld(t)
    const log = await startLog(w)
    const up = await uploadPhoto(t().app, w.auth, log.id, pngBytes)
    expect(up.statusCode, up.body).toBe(201)
    const { id } = up.json()
    const down = await t().app.inject({
      method: 'GET',
      url: `/api/v1/patrol-logs/${log.id}/photos/${id}`,
      headers: w.auth,
    })
    expect(down.statusCode).toBe(200)
    expect(down.headers['content-type']).toBe('image/png')
    expect(down.headers['cache-control']).toContain('private')
    expect(down.rawPayload.equals(pngBytes)).toBe(true)
    // Kept encrypted.
    const row = await t().db.prisma.patrolPhoto.findUniqueOrThrow({ where: { id } })
    expect(Buffer.from(row.bytes).includes(pngBytes.subarray(8, 24))).toBe(false)

    const text = await uploadPhoto(
      t().app,
      w.auth,
      log.id,
      Buffer.from('GIF89a not a photo we take'),
    )
    expect(text.statusCode).toBe(400)
    expect(text.json().errors).toEqual([
      expect.objectContaining({ path: 'file', code: 'patrol_photo_type_refused' }),
    ])

    const huge = Buffer.concat([pngBytes, Buffer.alloc(5 * 1024 * 1024)])
    expect((await uploadPhoto(t().app, w.auth, log.id, huge)).statusCode).toBe(413)

    const withPhoto = await w.api(w.auth, 'POST', `/patrol-logs/${log.id}/incidents`, {
      type: 'fire_hazard',
      text: '灭火器过期',
      photoIds: [id],
    })
    expect(withPhoto.statusCode, withPhoto.body).toBe(200)
    expect(withPhoto.json().incidents[0].photoIds).toEqual([id])
    const unknown = await w.api(w.auth, 'POST', `/patrol-logs/${log.id}/incidents`, {
      type: 'fire_hazard',
      text: '灭火器过期',
      photoIds: [id, '0190aaaa-0000-7000-8000-000000000000'],
    })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ path: 'photoIds.1', code: 'patrol_photo_unknown' }),
    ])
  })
})
