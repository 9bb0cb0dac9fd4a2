import { z } from 'zod'
import { messageFor } from '../common/issue.ts'
import { ZDate, ZDateInput, ZId, ZTimestamp, optionalText } from '../common/record.ts'

/**
 * A person's standing. Only life events change it (`POST /residents/:id/life-events`): 迁出,
 * 死亡 (户口注销: the record is closed), 失踪, 入伍, 服刑 — the reasons a 户口 changes or a
 * person is away that the office records — and 返回 (found, back from the army, 刑满释放,
 * moved back) or 更正 (a wrong entry taken back, with a reason).
 */
export const residentStatuses = [
  'active',
  'moved_out',
  'deceased',
  'missing',
  'enlisted',
  'imprisoned',
] as const
export const ZResidentStatus = z.enum(residentStatuses).meta({ id: 'ResidentStatus' })
export type TResidentStatus = z.infer<typeof ZResidentStatus>

export const residentStatusLabels: Record<TResidentStatus, { zh: string; en: string }> = {
  active: { zh: '在册', en: 'On the register' },
  moved_out: { zh: '已迁出', en: 'Moved out' },
  deceased: { zh: '已死亡', en: 'Deceased' },
  missing: { zh: '失踪', en: 'Missing' },
  enlisted: { zh: '入伍', en: 'Enlisted' },
  imprisoned: { zh: '服刑', en: 'Imprisoned' },
}

/**
 * THE rule of the current population (the residents list's default, its counts, household
 * members, pickers): the people who live in the community now, `active` only. 失踪, 入伍 and
 * 服刑 may keep a 户口 here (a sentence no longer cancels it; 宣告失踪 does not), but the person is
 * not here to be served or counted — the office's lists are of 实有人口 — and each comes back by a
 * 返回 event. 迁出 and 死亡 end the 户口 here. The read model's SQL default (residents.read.ts)
 * is this list.
 */
export const currentPopulationStatuses = ['active'] as const satisfies readonly TResidentStatus[]
export const isInCurrentPopulation = (status: TResidentStatus) =>
  (currentPopulationStatuses as readonly TResidentStatus[]).includes(status)

/** The list's 状态 filter: a status, or `all`; left out, the current population. */
export const ZResidentStatusFilter = z
  .enum([...residentStatuses, 'all'])
  .describe('Defaults to the current population (active); `all` for everyone')

/** Events that take a person off the current register, and the status each leaves them in. */
export const leavingEventStatus = {
  moved_out: 'moved_out',
  deceased: 'deceased',
  missing: 'missing',
  enlisted: 'enlisted',
  imprisoned: 'imprisoned',
} as const satisfies Record<string, TResidentStatus>
export type TLeavingEventType = keyof typeof leavingEventStatus

export const lifeEventTypes = [
  'moved_out',
  'deceased',
  'missing',
  'enlisted',
  'imprisoned',
  'returned',
  'corrected',
] as const
export const ZLifeEventType = z.enum(lifeEventTypes).meta({ id: 'LifeEventType' })
export type TLifeEventType = z.infer<typeof ZLifeEventType>

export const lifeEventLabels: Record<TLifeEventType, { zh: string; en: string }> = {
  moved_out: { zh: '迁出', en: 'Moved out' },
  deceased: { zh: '死亡', en: 'Died' },
  missing: { zh: '失踪', en: 'Missing' },
  enlisted: { zh: '入伍', en: 'Enlisted' },
  imprisoned: { zh: '服刑', en: 'Imprisoned' },
  returned: { zh: '返回（恢复在册）', en: 'Returned' },
  corrected: { zh: '更正', en: 'Correction' },
}

export const isLeavingEvent = (type: TLifeEventType): type is TLeavingEventType =>
  Object.hasOwn(leavingEventStatus, type)

export type TLifeEventOutcome =
  | { ok: true; status: TResidentStatus }
  | {
      ok: false
      error:
        | 'resident_deceased'
        | 'resident_not_active'
        | 'resident_already_active'
        | 'life_event_nothing_to_correct'
    }

/**
 * What an event does to a person of `status`: the status after it, or why it does not fit.
 * Leaving events start from 在册 (死亡 from any status but 死亡: a missing person is declared
 * dead, a prisoner dies); 返回 ends an absence or a move out; 死亡 is taken back only by 更正,
 * which returns the person to `correctable` — the status before the latest standing event (null:
 * there is none). The API decides by it; the form offers only the events that fit.
 */
export const lifeEventOutcome = (
  type: TLifeEventType,
  status: TResidentStatus,
  correctable: TResidentStatus | null,
): TLifeEventOutcome => {
  if (type === 'corrected')
    return correctable
      ? { ok: true, status: correctable }
      : { ok: false, error: 'life_event_nothing_to_correct' }
  if (status === 'deceased') return { ok: false, error: 'resident_deceased' }
  if (type === 'returned')
    return status === 'active'
      ? { ok: false, error: 'resident_already_active' }
      : { ok: true, status: 'active' }
  if (type !== 'deceased' && status !== 'active') return { ok: false, error: 'resident_not_active' }
  return { ok: true, status: leavingEventStatus[type] }
}

/** The events a form offers a person of `status` (`hasStanding`: an event to correct). */
export const lifeEventChoices = (status: TResidentStatus, hasStanding: boolean) =>
  lifeEventTypes.filter((type) => lifeEventOutcome(type, status, hasStanding ? status : null).ok)

/** Where the person went: asked for 迁出 (required), offered for 入伍 and 服刑. */
export const lifeEventDestinationTypes: readonly TLifeEventType[] = [
  'moved_out',
  'enlisted',
  'imprisoned',
]

/**
 * Recording a life event. `destination` (迁往地) is asked for a move out; a correction says why.
 * Whether the event fits the person (their status, birth date, last event) is the API's check.
 */
export const ZLifeEventCreate = z
  .object({
    type: ZLifeEventType,
    date: ZDateInput.describe('The day it happened (China Standard Time), not after today'),
    destination: optionalText(200).describe('迁往地 (moved_out), 部队/服刑场所 where known'),
    reason: optionalText(200).describe('原因 or details; required for a correction'),
    documentNumber: optionalText(50).describe(
      '证明文件编号: 准迁证, 死亡证明, 判决书, 入伍通知书…',
    ),
  })
  .superRefine((input, ctx) => {
    const missing = (
      path: string,
      code: 'life_event_destination_required' | 'life_event_reason_required',
    ) =>
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message: messageFor(code),
        params: { code },
      })
    if (input.type === 'moved_out' && !input.destination)
      missing('destination', 'life_event_destination_required')
    if (input.type === 'corrected' && (input.reason ?? '').length < 2)
      missing('reason', 'life_event_reason_required')
  })
  .meta({ id: 'LifeEventCreate' })
export type TLifeEventCreate = z.input<typeof ZLifeEventCreate>

export const ZLifeEvent = z
  .object({
    id: ZId,
    type: ZLifeEventType,
    occurredOn: ZDate,
    statusBefore: ZResidentStatus,
    statusAfter: ZResidentStatus,
    destination: z.string().nullable(),
    reason: z.string().nullable(),
    documentNumber: z.string().nullable(),
    household: z
      .object({ id: ZId, address: z.string() })
      .nullable()
      .describe('The household the person left by this event (原属户)'),
    relationship: z.string().nullable().describe('Their GB/T 4761 relationship in it'),
    correctsEventId: ZId.nullable(),
    correctedBy: ZId.nullable().describe('The correction that took this event back'),
    actorName: z.string().nullable(),
    recordedAt: ZTimestamp,
  })
  .meta({ id: 'LifeEvent' })
export type TLifeEvent = z.infer<typeof ZLifeEvent>
export const ZLifeEventList = z.object({ items: z.array(ZLifeEvent) }).meta({ id: 'LifeEventList' })

/** The refusal a date gets, if any: not before birth, not after today, not before `after`. */
export const lifeEventDateProblem = (
  date: string,
  { birthDate, today, after }: { birthDate: string; today: string; after?: string | null },
) =>
  date < birthDate
    ? ('life_event_date_before_birth' as const)
    : date > today
      ? ('life_event_date_in_future' as const)
      : after && date < after
        ? ('life_event_date_before_last' as const)
        : null
