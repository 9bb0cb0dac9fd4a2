import { permissions } from '@cr/shared/auth/roles'
import type { FastifyInstance } from 'fastify'
import type { TActor } from '../../lib/actor.ts'
import type { TJobTask } from '../../jobs/job-task.ts'
import { visibleReminders } from './reminders.service.ts'

/** The office's answers to reminders that are gone are kept this long after the last change. */
export const keepGoneStatesDays = 30

/** Reads every module's reminders in every committee (the purge below); changes nothing. */
const everything: TActor = {
  type: 'user',
  id: '00000000-0000-0000-0000-000000000000',
  name: 'system',
  role: 'admin',
  userId: null,
  sessionId: null,
  allCommittees: true,
  committeeIds: [],
  partyScopePath: null,
  permissions: new Set(permissions),
  mustChangePassword: false,
}

/**
 * Deletes the office's answers (seen, snoozed) to reminders that no longer arise — the case was
 * reviewed, the contract ended — once unchanged for `keepGoneStatesDays`: without it the table
 * only grows. A reminder that arises again later simply starts open. Returns how many went.
 */
export const purgeGoneReminderStates = async (app: FastifyInstance, now: Date) => {
  const current = await visibleReminders({
    db: app.db.prisma,
    actor: everything,
    today: app.today(),
    language: 'zh',
  })
  const { count } = await app.db.prisma.reminderState.deleteMany({
    where: {
      reminderKey: { notIn: current.map((r) => r.key) },
      updatedAt: { lt: new Date(now.getTime() - keepGoneStatesDays * 86_400_000) },
    },
  })
  return count
}

export const reminderStatesTask: TJobTask<FastifyInstance, undefined> = {
  name: 'reminder-states-cleanup',
  lane: 'maintenance',
  schedule: '47 2 * * *',
  payload: () => undefined,
  run: async (app) => {
    const purged = await purgeGoneReminderStates(app, app.clock())
    if (purged) app.log.info({ purged }, 'answers to reminders that are gone deleted')
  },
}
