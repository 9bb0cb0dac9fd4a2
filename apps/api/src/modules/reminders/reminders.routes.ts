import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZReminderChanged,
  ZReminderCount,
  ZReminderListQuery,
  ZReminderPage,
  ZReminderReopen,
  ZReminderSeen,
  ZReminderSnooze,
} from '@cr/shared/reminders/reminder'
import { write } from '../../lib/write.ts'
import {
  countReminders,
  listReminders,
  markRemindersSeen,
  reopenReminder,
  snoozeReminder,
} from './reminders.service.ts'

const tags = ['Reminders']

/**
 * /api/v1/reminders — 提醒中心: every module's reminders on today, each module's only with its
 * read permission and in its data scope; and the office's answer to one (seen, snoozed, reopened),
 * stored by the reminder's key and audited.
 */
export const remindersRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  const scopeOf = (request: FastifyRequest) => ({
    db: app.db.prisma,
    actor: request.actor!,
    today: app.today(),
    language: request.lang,
  })

  app.get('/', {
    config: { permission: 'reminder:read' },
    schema: {
      operationId: 'listReminders',
      tags,
      summary: 'Today’s reminders of every module the caller reads, by due date then severity',
      querystring: ZReminderListQuery,
      response: { 200: ZReminderPage },
    },
    handler: (request) => listReminders(scopeOf(request), request.query),
  })

  app.get('/count', {
    config: { permission: 'reminder:read' },
    schema: {
      operationId: 'countReminders',
      tags,
      summary: 'How many reminders are open today, by severity (the navigation’s badge)',
      response: { 200: ZReminderCount },
    },
    handler: (request) => countReminders(scopeOf(request)),
  })

  app.post('/seen', {
    config: { permission: 'reminder:write' },
    schema: {
      operationId: 'markRemindersSeen',
      tags,
      summary: 'Mark reminders seen (标为已读): they leave the open list',
      body: ZReminderSeen,
      response: { 200: ZReminderChanged },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => markRemindersSeen(ctx, request.lang, request.body.keys)),
  })

  app.post('/snooze', {
    config: { permission: 'reminder:write' },
    schema: {
      operationId: 'snoozeReminder',
      tags,
      summary: 'Snooze a reminder (暂缓) until a day after today, with a reason',
      body: ZReminderSnooze,
      response: { 200: ZReminderChanged },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => snoozeReminder(ctx, request.lang, request.body)),
  })

  app.post('/reopen', {
    config: { permission: 'reminder:write' },
    schema: {
      operationId: 'reopenReminder',
      tags,
      summary: 'Reopen a seen or snoozed reminder (恢复)',
      body: ZReminderReopen,
      response: { 200: ZReminderChanged },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => reopenReminder(ctx, request.lang, request.body.key)),
  })
}
