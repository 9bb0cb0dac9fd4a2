import { followUpState, type TPatrolFollowUp } from '@cr/shared/patrol/patrol-follow-up'
import type { TTransaction } from '../../lib/db-types.ts'
import { fromDbDate } from '../../lib/dates.ts'

/** What a follow-up answer reads: the finding's type and a short text, never an ID number. */
export const patrolFollowUpInclude = {
  committee: { select: { id: true, name: true } },
  log: { select: { id: true, date: true, team: { select: { name: true } } } },
  incident: { select: { id: true, type: true, text: true } },
  questioning: {
    select: {
      id: true,
      name: true,
      description: true,
      resident: { select: { name: true } },
    },
  },
  owner: { select: { id: true, displayName: true } },
} as const

export type TPatrolFollowUpRow = NonNullable<Awaited<ReturnType<typeof readPatrolFollowUpRow>>>
export const readPatrolFollowUpRow = (db: TTransaction, where: object) =>
  db.patrolFollowUp.findFirst({ where, include: patrolFollowUpInclude })

/** A finding's text as a list cell shows it: the first 40 characters. */
const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text)

const findingOf = (row: TPatrolFollowUpRow): TPatrolFollowUp['finding'] => {
  if (row.incident)
    return {
      kind: 'incident',
      id: row.incident.id,
      type: row.incident.type as NonNullable<TPatrolFollowUp['finding']['type']>,
      text: shortened(row.incident.text),
    }
  const q = row.questioning!
  return {
    kind: 'questioning',
    id: q.id,
    type: null,
    text: shortened(q.resident?.name ?? q.name ?? q.description ?? ''),
  }
}

/** The log named as the register names it: its service date and its team. */
export const patrolLogName = (log: { date: Date; team: { name: string } }) =>
  `${fromDbDate(log.date)} ${log.team.name}`

export const toPatrolFollowUpDto = (row: TPatrolFollowUpRow, today: string): TPatrolFollowUp => {
  const dates = {
    openedOn: fromDbDate(row.openedOn),
    dueOn: fromDbDate(row.dueOn),
    closedOn: row.closedOn ? fromDbDate(row.closedOn) : null,
  }
  return {
    id: row.id,
    version: row.version,
    committee: row.committee,
    log: { id: row.log.id, name: patrolLogName(row.log) },
    finding: findingOf(row),
    owner: { id: row.owner.id, name: row.owner.displayName },
    ...dates,
    note: row.note,
    closingNote: row.closingNote,
    state: followUpState(dates, today),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
