import { incidentTypeLabels, type TIncidentType } from '@cr/shared/patrol/patrol-codes'
import { patrolMinutes } from '@cr/shared/patrol/patrol-figures'
import { windowBounds } from '@cr/shared/patrol/patrol-time'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import {
  committeeFilter,
  notDeletedBy,
  type TFigureScope,
  type TFigureSource,
} from '../statistics/figure-source.ts'

/**
 * The patrol figures (社会治安) as of a date. A patrol counts by its service date (as the
 * monthly 巡逻统计 does, `patrol-figures.service.ts`): the logs of `from`…`asOf`, in the logs
 * list's committee scope; its minutes are the monthly figures' (`patrolMinutes` from the actual
 * start and end, a night crossing midnight counted whole, 0 while not ended); its findings are
 * its incidents by type. A follow-up is open on `asOf` when opened by then and not closed by
 * then. A log or follow-up deleted after `asOf` still counts as of `asOf` (it existed then).
 *
 * The roster's entries nobody logged (未巡逻) are not patrols here: they are the monthly
 * figures' plan-against-actual, not patrols done.
 */
const logsIn = (scope: TFigureScope, from: string | null) => ({
  AND: [
    notDeletedBy(scope),
    committeeFilter(scope),
    { date: { ...(from ? { gte: toDbDate(from) } : {}), lte: toDbDate(scope.asOf) } },
  ],
})

const teamAndDate = (log: { date: Date; team: { name: string } }) =>
  `${log.team.name} ${fromDbDate(log.date)}`

const periodLogs = async (scope: TFigureScope) =>
  (
    await scope.db.patrolLog.findMany({
      where: logsIn(scope, scope.from),
      select: {
        id: true,
        committeeId: true,
        date: true,
        start: true,
        end: true,
        teamId: true,
        team: { select: { name: true } },
      },
    })
  ).map((log) => {
    const date = fromDbDate(log.date)
    const bounds = windowBounds(date, { start: log.start, end: log.end ?? log.start })
    return {
      recordType: 'patrol_log' as const,
      recordId: log.id,
      label: teamAndDate(log),
      detail: `${log.start}–${log.end ?? ''}`,
      committeeId: log.committeeId,
      part: log.teamId,
      partLabel: log.team.name,
      date,
      amount: patrolMinutes(bounds.start, log.end === null ? null : bounds.end),
    }
  })

const labelOfType = (type: string) => incidentTypeLabels[type as TIncidentType]?.zh ?? type

export const patrolFigureSource: TFigureSource = {
  module: 'patrol',
  permission: 'patrol:read',
  recorded: async (scope) => (await scope.db.patrolLog.count({ where: logsIn(scope, null) })) > 0,
  figures: [
    {
      key: 'patrol.patrols',
      rows: async (scope) => (await periodLogs(scope)).map((row) => ({ ...row, amount: null })),
    },
    { key: 'patrol.minutes', rows: periodLogs },
    {
      key: 'patrol.findings',
      rows: async (scope) =>
        (
          await scope.db.patrolIncident.findMany({
            where: { log: logsIn(scope, scope.from) },
            select: {
              id: true,
              type: true,
              text: true,
              log: {
                select: { committeeId: true, date: true, team: { select: { name: true } } },
              },
            },
          })
        ).map((incident) => ({
          recordType: 'patrol_incident' as const,
          recordId: incident.id,
          label: teamAndDate(incident.log),
          detail: incident.text,
          committeeId: incident.log.committeeId,
          part: incident.type,
          partLabel: labelOfType(incident.type),
          date: fromDbDate(incident.log.date),
        })),
    },
    {
      // A follow-up has no page of its own: its row links to its log (where it is shown).
      key: 'patrol.follow-ups-open',
      rows: async (scope) => {
        const day = toDbDate(scope.asOf)
        const rows = await scope.db.patrolFollowUp.findMany({
          where: {
            AND: [
              notDeletedBy(scope),
              committeeFilter(scope),
              { log: notDeletedBy(scope) },
              { openedOn: { lte: day } },
              { OR: [{ closedOn: null }, { closedOn: { gt: day } }] },
            ],
          },
          select: {
            id: true,
            committeeId: true,
            logId: true,
            openedOn: true,
            dueOn: true,
            note: true,
            incident: { select: { text: true } },
            questioning: { select: { name: true, description: true } },
            log: { select: { date: true, team: { select: { name: true } } } },
          },
        })
        return rows.map((followUp) => {
          // Overdue on `asOf`: its due day passed (as the follow-ups list derives it on a day).
          const overdue = followUp.dueOn < day
          return {
            recordType: 'patrol_log' as const,
            recordId: followUp.logId,
            label: teamAndDate(followUp.log),
            detail:
              followUp.note ??
              followUp.incident?.text ??
              followUp.questioning?.name ??
              followUp.questioning?.description ??
              null,
            committeeId: followUp.committeeId,
            part: overdue ? 'overdue' : 'open',
            partLabel: overdue ? '已逾期' : '未到期',
            date: fromDbDate(followUp.openedOn),
          }
        })
      },
    },
  ],
}
