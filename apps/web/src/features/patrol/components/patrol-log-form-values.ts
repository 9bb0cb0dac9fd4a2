import type {
  TFindingHandlingState,
  TIncidentType,
  TQuestioningGround,
  TQuestioningOutcome,
  TWeather,
} from '@cr/shared/patrol/patrol-codes'
import type { TPatrolLog, TPatrolLogCreate } from '@cr/shared/patrol/patrol-log'

/** A person on patrol as a checkbox value: `resident:<id>` or `user:<id>`. */
export type TPersonKey = `${'resident' | 'user'}:${string}`
export const personKey = (p: { kind: 'resident' | 'user'; id: string }): TPersonKey =>
  `${p.kind}:${p.id}`
const personOf = (key: string) => {
  const [kind, id] = key.split(':') as ['resident' | 'user', string]
  return { kind, id }
}

export type TIncidentValues = {
  type: TIncidentType | undefined
  text: string
  handling: TFindingHandlingState
  handlingText: string
  needsFollowUp: boolean
}
export type TQuestioningValues = {
  /** A resident of the registry picked, or someone described. */
  known: boolean
  person: { residentId: string | undefined; name: string; idNumber: string; description: string }
  grounds: TQuestioningGround[]
  outcome: TQuestioningOutcome
  handlingText: string
  needsFollowUp: boolean
}
export type TLogValues = {
  date: string | null
  start: string
  end: string
  teamId: string | undefined
  members: TPersonKey[]
  leader: TPersonKey | undefined
  routeId: string | undefined
  weather: TWeather | undefined
  incidents: TIncidentValues[]
  questionings: TQuestioningValues[]
  handoverNote: string
}

export const newIncident = (): TIncidentValues => ({
  type: undefined,
  text: '',
  handling: 'handled_on_site',
  handlingText: '',
  needsFollowUp: false,
})
export const newQuestioning = (): TQuestioningValues => ({
  known: false,
  person: { residentId: undefined, name: '', idNumber: '', description: '' },
  grounds: [],
  outcome: 'released',
  handlingText: '',
  needsFollowUp: false,
})

const text = (v: string) => v.trim() || null

/** The form as ZPatrolLogCreate's input: what the clerk typed, in the contract's shape. */
export const toLogInput = (v: TLogValues): TPatrolLogCreate =>
  ({
    date: v.date,
    start: v.start,
    end: text(v.end),
    teamId: v.teamId,
    leader: v.leader ? personOf(v.leader) : undefined,
    members: v.members.map(personOf),
    routeId: v.routeId ?? null,
    weather: v.weather ?? null,
    incidents: v.incidents.map((i) => ({
      type: i.type,
      text: i.text,
      handling: i.handling,
      handlingText: text(i.handlingText),
      needsFollowUp: i.needsFollowUp,
    })),
    questionings: v.questionings.map((q) => ({
      person: q.known
        ? { residentId: q.person.residentId ?? null }
        : {
            residentId: null,
            name: text(q.person.name),
            idNumber: text(q.person.idNumber),
            description: text(q.person.description),
          },
      grounds: q.grounds,
      outcome: q.outcome,
      handlingText: text(q.handlingText),
      needsFollowUp: q.needsFollowUp,
    })),
    handoverNote: text(v.handoverNote),
  }) as TPatrolLogCreate

/** A saved log back in the form (editing corrects its header and handover note). */
export const logValuesOf = (log: TPatrolLog): TLogValues => ({
  date: log.date,
  start: log.start,
  end: log.end ?? '',
  teamId: log.team.id,
  members: log.members.map(personKey),
  leader: personKey(log.leader),
  routeId: log.route?.id,
  weather: log.weather ?? undefined,
  incidents: [],
  questionings: [],
  handoverNote: log.handoverNote ?? '',
})

export const emptyLogValues = (today: string): TLogValues => ({
  date: today,
  start: '20:00',
  end: '',
  teamId: undefined,
  members: [],
  leader: undefined,
  routeId: undefined,
  weather: undefined,
  incidents: [],
  questionings: [],
  handoverNote: '',
})
