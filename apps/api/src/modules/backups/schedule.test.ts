import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/test-app.ts'
import { listBackups } from './backups.service.ts'
import { backupsToDelete } from './retention.ts'
import { backupIfDue } from './schedule.ts'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-backup-schedule-'))
const t = useTestApp({ dataDir, backupKey: { passphrase: 'server backup passphrase' } })
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const at = (iso: string) => ({ name: iso, createdAt: iso })

describe('backup retention', () => {
  it('keeps the newest of each of the last N days and M months (office time)', () => {
    const backups = [
      at('2026-11-30T10:00:00Z'),
      at('2026-11-30T02:00:00Z'), // same day: the newer one is kept
      at('2026-11-29T17:00:00Z'), // 01:00 on 11-30 in China: the same office day
      at('2026-11-28T02:00:00Z'),
      at('2026-11-27T02:00:00Z'),
      at('2026-10-31T02:00:00Z'),
      at('2026-10-15T02:00:00Z'),
      at('2026-09-30T02:00:00Z'),
      { name: 'unreadable', createdAt: null },
    ]
    expect(backupsToDelete(backups, { daily: 2, monthly: 2 })).toEqual([
      '2026-11-30T02:00:00Z',
      '2026-11-29T17:00:00Z',
      '2026-11-27T02:00:00Z',
      '2026-10-15T02:00:00Z',
      '2026-09-30T02:00:00Z',
    ])
  })
})

describe('scheduled backups', () => {
  it('makes one when the newest is older than the schedule allows, and applies the retention', async () => {
    let now = new Date('2026-11-27T18:00:00Z')
    const log = { info: () => {}, error: (o: unknown) => console.error(o) }
    const deps = {
      config: t().app.config,
      connectionString: t().connectionString,
      schedule: { everyHours: 24, daily: 2, monthly: 0 },
    }
    const schedule = { tick: () => backupIfDue(deps, now, log) }
    const names = async () => (await listBackups(t().app.config, now)).items.map((b) => b.name)
    await schedule.tick()
    expect(await names()).toEqual(['backup-20261127-180000.crbak'])
    now = new Date('2026-11-28T12:00:00Z') // 18 h later: not due
    await schedule.tick()
    expect(await names()).toHaveLength(1)
    now = new Date('2026-11-28T18:30:00Z')
    await schedule.tick()
    now = new Date('2026-11-29T19:00:00Z')
    await schedule.tick()
    // Three days with a backup, two kept.
    expect(await names()).toEqual(['backup-20261129-190000.crbak', 'backup-20261128-183000.crbak'])
    // The home page's warning: late once the schedule (24 h) and its grace have passed.
    const overdue = async (iso: string) =>
      (await listBackups(t().app.config, new Date(iso))).overdue
    expect(await overdue('2026-11-30T19:00:00Z')).toBe(false)
    expect(await overdue('2026-11-30T22:00:00Z')).toBe(true)
  })
})
