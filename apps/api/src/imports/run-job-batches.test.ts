import { rolePermissions } from '@cr/shared/auth/roles'
import { describe, expect, it } from 'vitest'
import type { TActor } from '../lib/actor.ts'
import { seedCommittee, seedUser, testIdNumber } from '../test/factories.ts'
import { postJob, settledJob, uploadLedger } from '../test/imports.ts'
import { signIn } from '../test/sign-in.ts'
import { useTestApp } from '../test/test-app.ts'
import { runJob } from './run-job.ts'

// A run stages its rows in batches and the residents type inserts each batch's new people while
// the next is read (run-job.ts, stageResidentsBatch). Here batches of two rows, so households
// span batches and rows refused by a later check were inserted batches earlier.
const t = useTestApp()

const header = ['姓名', '身份证号', '与户主关系', '街路巷', '楼号', '室号']
const ledger = (rows: string[][]) => ({
  name: 'batches.csv',
  content: Buffer.from(`\uFEFF${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`),
})

describe('a run in batches of two rows', () => {
  it('keeps exactly the valid rows’ people, households across batches, and undoes them', async () => {
    const committee = await seedCommittee(t().db.prisma, { name: '分批社区' })
    const user = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, user.username)
    const rows = [
      ['甲', testIdNumber(), '户主', '海河路', '1', '101'], // row 2, batch 1
      ['乙', testIdNumber(), '户主', '海河路', '1', '102'], // row 3, batch 1
      ['丙', testIdNumber(), '子', '海河路', '1', '102'], // row 4, batch 2
      ['丁', testIdNumber(), '户主', '海河路', '1', '101'], // row 5: a second head of 101
      ['戊', testIdNumber(), '配偶', '海河路', '1', '101'], // row 6, batch 3: joins 甲
      ['己', testIdNumber(), '子', '海河路', '1', '103'], // row 7: no head in 103
    ]
    // Checked first (stored, one batch), then committed by a queue with two-row batches.
    const uploaded = await uploadLedger(t().app, auth, ledger(rows), {
      type: 'residents',
      committeeId: committee.id,
      mode: 'skip_invalid',
    })
    expect(uploaded.statusCode, uploaded.body).toBe(202)
    const checked = await settledJob(t().app, auth, uploaded.json().id)
    expect(checked.problems.map((p) => [p.rowNumber, p.code])).toEqual([
      [5, 'household_head_duplicate'],
      [7, 'household_head_missing'],
    ])

    const actor: TActor = {
      type: 'user',
      id: user.id,
      name: user.username,
      role: 'clerk',
      userId: user.id,
      sessionId: null,
      allCommittees: false,
      committeeIds: [committee.id],
      partyScopePath: null,
      permissions: new Set(rolePermissions.clerk),
      mustChangePassword: false,
    }
    // The run itself (the queue's task calls it the same way), with two rows per batch.
    const deps = {
      db: t().db,
      cipher: t().app.cipher,
      today: t().app.today,
      ledgers: t().app.imports.ledgers,
      batchRows: 2,
    }
    await runJob(deps, {
      jobId: checked.id,
      stage: 'commit',
      actor,
      meta: { requestId: 'batches', clientIp: '127.0.0.1' },
    })
    const job = await settledJob(t().app, auth, checked.id)
    expect(job.status).toBe('committed')
    expect(job.counts).toMatchObject({ rows: 6, valid: 4, invalid: 2, created: 4 })

    const db = t().db.prisma
    const people = await db.resident.findMany({
      where: { committeeId: committee.id },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    })
    // 丁 and 己 were inserted with their batches, then taken out again by the checks.
    expect(people.map((p) => p.name).sort()).toEqual(['丙', '乙', '甲', '戊'].sort())
    const households = await db.household.findMany({
      where: { committeeId: committee.id },
      include: { members: { include: { resident: true } }, dwelling: true },
    })
    const byRoom = Object.fromEntries(
      households.map((h) => [h.dwelling.room, h.members.map((m) => m.resident.name).sort()]),
    )
    expect(byRoom).toEqual({ '101': ['戊', '甲'].sort(), '102': ['丙', '乙'].sort() })
    const audited = await db.auditEvent.findMany({
      where: { entityType: 'resident', action: 'create', committeeId: committee.id },
    })
    expect(audited.map((a) => a.entityId).sort()).toEqual(people.map((p) => p.id).sort())
    expect(await db.importRecord.count({ where: { jobId: job.id, entityType: 'resident' } })).toBe(
      4,
    )

    const undone = await postJob(t().app, auth, job.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect(await db.resident.count({ where: { committeeId: committee.id } })).toBe(0)
    expect(await db.household.count({ where: { committeeId: committee.id } })).toBe(0)
  })
})
