import { describe, expect, it } from 'vitest'
import { newId } from '../../lib/ids.ts'
import { useTestApp } from '../../test/test-app.ts'
import { purgeGoneReminderStates } from './reminder-states.task.ts'

const t = useTestApp()
const now = new Date('2026-11-30T02:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)

describe('the office’s answers to reminders that are gone', () => {
  it('are deleted once unchanged for 30 days; recent ones stay', async () => {
    const state = (reminderKey: string) =>
      t().db.prisma.reminderState.create({
        data: { id: newId(), reminderKey, state: 'seen', actorName: '王' },
      })
    await state('rentals:contract-ending:gone-long-ago')
    await state('rentals:contract-ending:gone-recently')
    await t().db.pool.query(`UPDATE reminder_state SET updated_at = $2 WHERE reminder_key = $1`, [
      'rentals:contract-ending:gone-long-ago',
      daysAgo(40),
    ])
    await t().db.pool.query(`UPDATE reminder_state SET updated_at = $2 WHERE reminder_key = $1`, [
      'rentals:contract-ending:gone-recently',
      daysAgo(10),
    ])

    expect(await purgeGoneReminderStates(t().app, now)).toBe(1)
    const left = await t().db.prisma.reminderState.findMany({ select: { reminderKey: true } })
    expect(left.map((s) => s.reminderKey)).toEqual(['rentals:contract-ending:gone-recently'])
  })
})
