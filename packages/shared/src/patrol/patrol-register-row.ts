import { z } from 'zod'
import { issue, messageFor } from '../common/issue.ts'
import { ZDateInput, optionalText } from '../common/record.ts'
import type { TIncidentType } from './patrol-codes.ts'
import { parseLedgerStartEnd, parseLedgerTime, parseLedgerWindow } from './patrol-time.ts'

/**
 * One row of the patrol register (巡逻登记簿) as offices keep it, after the importer has read its
 * cells: the date, start and end as written (`20:00` and `次日02:00` or just `02:00`; or both in
 * one cell, `20:00-次日02:00`, the end cell then blank), the team or group by name, the leader,
 * the members in one cell joined by 、 ， , ； or spaces, the route, 发现情况 and 处理情况. The
 * cells are kept as written (`written`) beside what was read from them.
 *
 * 发现情况 `无异常` (and 无, 正常, 未发现异常, a dash) means nothing was found; otherwise each part
 * (split at ；, ; or a new line) is an incident, its type guessed from its words
 * (`incidentTypeOfText`, 其他 when nothing fits) — the office corrects a guess on the log.
 */

const noFindings = new Set([
  '无异常',
  '无',
  '正常',
  '未发现异常',
  '一切正常',
  '无情况',
  '/',
  '-',
  '—',
])

/** The 发现情况 cell's findings: none for `无异常` and the like, else its parts. */
export const findingsOfText = (text: string | null): string[] => {
  if (!text || noFindings.has(text.replace(/[。.\s]/g, ''))) return []
  return text
    .split(/[；;\n]+/)
    .map((part) => part.trim().replace(/^\d+[、.．)]\s*/, ''))
    .filter((part) => part.length > 0)
}

const typeWords: [TIncidentType, RegExp][] = [
  ['theft', /盗|偷|失窃|被窃|扒/],
  ['fire_hazard', /消防|火|灭火器|通道堵|堵塞通道|飞线|充电|烟/],
  ['dispute', /纠纷|争吵|吵架|争执|打架|矛盾/],
  ['suspicious_person', /可疑|陌生|盘查|徘徊|形迹/],
  ['public_order_hazard', /门禁|路灯|监控|围墙|隐患|未锁|没锁|破损|井盖/],
]

/** The incident type a finding's words suggest (the first that fits), else 其他. */
export const incidentTypeOfText = (text: string): TIncidentType =>
  typeWords.find(([, words]) => words.test(text))?.[0] ?? 'other'

/** The names in a members cell, in order, each once. */
export const namesOfCell = (text: string | null): string[] => [
  ...new Set(
    (text ?? '')
      .split(/[、，,；;\s/]+/)
      .map((n) => n.trim())
      .filter((n) => n.length > 0),
  ),
]

export const ZPatrolRegisterRow = z
  .object({
    date: ZDateInput.describe('日期: the service date'),
    start: z
      .string()
      .trim()
      .min(1, issue('patrol_time_invalid'))
      .max(40)
      .describe('开始时间 as written'),
    end: optionalText(40).describe(
      '结束时间 as written (次日02:00 or 02:00); blank when the start cell holds both',
    ),
    team: z
      .string()
      .trim()
      .min(1, issue('patrol_register_team_required'))
      .max(50)
      .describe('巡逻队/组, matched by name'),
    leader: optionalText(20).describe('带班人'),
    members: optionalText(300).describe('队员, in one cell'),
    route: optionalText(50),
    findings: optionalText(2000).describe('发现情况'),
    handling: optionalText(2000).describe('处理情况'),
  })
  .transform((row, ctx) => {
    const window =
      row.end === null ? parseLedgerWindow(row.start) : parseLedgerStartEnd(row.start, row.end)
    if (!window.ok) {
      // A bad start is the start's; a bad end (or an end past a day) the end's.
      ctx.addIssue({
        code: 'custom',
        message: messageFor(window.error),
        params: { code: window.error },
        path: [row.end === null || !parseLedgerTime(row.start).ok ? 'start' : 'end'],
      })
      return z.NEVER
    }
    const names = namesOfCell(row.members)
    // The 带班人 went: a register often leaves them out of the members cell.
    const members = row.leader && !names.includes(row.leader) ? [row.leader, ...names] : names
    return {
      date: row.date,
      start: window.value.start,
      end: window.value.end,
      team: row.team,
      leader: row.leader,
      members,
      route: row.route,
      incidents: findingsOfText(row.findings).map((text) => ({
        type: incidentTypeOfText(text),
        text,
      })),
      handling: row.handling,
      written: {
        start: row.start,
        end: row.end,
        members: row.members,
        findings: row.findings,
        handling: row.handling,
      },
    }
  })
  .meta({ id: 'PatrolRegisterRow' })
export type TPatrolRegisterRow = z.output<typeof ZPatrolRegisterRow>
