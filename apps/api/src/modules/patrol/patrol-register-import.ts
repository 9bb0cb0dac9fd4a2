import type { TFindingHandlingState, TIncidentType } from '@cr/shared/patrol/patrol-codes'
import { ZPatrolRegisterRow } from '@cr/shared/patrol/patrol-register-row'
import { normalizeTimeText } from '@cr/shared/patrol/patrol-time'
import { toHalfWidth } from '@cr/shared/validators/phone'
import { committeeScope } from '../../lib/actor.ts'
import { fromDbDate } from '../../lib/dates.ts'
import { cellText, type TCell } from '../../imports/cells.ts'
import type { TRegisteredLedger } from '../../imports/ledger-registry.ts'
import type { TBuildIssue, TFieldDef, TLedgerType, TNormalised } from '../../imports/ledger-type.ts'
import { dateField, type TLedgerDate } from '../../imports/normalise-date.ts'
import { freeText, personName, plainText } from '../../imports/normalise-text.ts'
import { issueCode } from '../../imports/problems.ts'
import { patrolRegisterWriter } from './patrol-register-import-write.ts'

/**
 * The patrol register (巡逻登记簿) as offices keep it: 日期, 时间 (`20:00-次日02:00` in one cell,
 * or 开始/结束 columns with an end written `次日02:00` or just `02:00`), 巡逻队/小组, 带班人, 队员
 * (one cell: 、 ， or spaces), 路线, 发现情况, 处理情况 — under a title row. Each row becomes a
 * patrol log (source `register`) read by the shared row schema (`ZPatrolRegisterRow`), which
 * also keeps the cells as written (`written`).
 *
 * Matching, all by name and all in the import's committees (the user's scope, or the
 * committee chosen for the import):
 * - the team or group: an unknown name is a row error, as an unknown branch is on the party
 *   roster; a name two teams share is a row error too;
 * - the leader and members among that team's members (residents or staff accounts; those
 *   current on the row's date first). A name the team does not have is a **warning**: the party
 *   roster never refuses a row for a person it does not know (it registers them), and a register
 *   gives no ID number to register anyone by — so the log is imported with the people it could
 *   match, and the name stays in `written.members` for the office to correct on the log;
 * - the route in the team's committee, optional: an unknown route is a warning (no route).
 *
 * Re-importing changes nothing: a log is the same patrol when its team, service date and start
 * are (the dedupe key, `naturalKey` in the file and the writer's check against live logs).
 * Registered in `src/ledger-types.ts`; the write side is `patrol-register-import-write.ts`.
 */

export type TRegisterField =
  'date' | 'start' | 'end' | 'team' | 'leader' | 'members' | 'route' | 'findings' | 'handling'

const field = (def: TFieldDef<TRegisterField>) => def

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A time cell as written: text (full-width digits and `：` as typed), or a time Excel stored — a
 * fraction of a day, or a date on 1899-12-30 — read back as `HH:MM`.
 */
const timeText = (cell: TCell): TNormalised<string> => {
  const minutesOf = (fraction: number) => Math.round(fraction * 1440) % 1440
  const clock = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`
  if (typeof cell === 'number' && cell >= 0 && cell < 1)
    return { ok: true, value: clock(minutesOf(cell)) }
  if (cell instanceof Date && cell.getUTCFullYear() < 1901)
    return { ok: true, value: clock(cell.getUTCHours() * 60 + cell.getUTCMinutes()) }
  return { ok: true, value: normalizeTimeText(toHalfWidth(cellText(cell)).trim()) }
}

export const patrolRegisterFields: readonly TFieldDef<TRegisterField>[] = [
  field({
    key: 'date',
    label: '日期',
    synonyms: ['巡逻日期', '巡查日期', '值班日期', '时间日期', '年月日'],
    requiredColumn: true,
    hint: '必填：巡逻当晚的日期（过午夜的夜巡记在开始那天）',
    normalise: dateField(false),
  }),
  field({
    key: 'start',
    label: '开始时间',
    synonyms: ['时间', '巡逻时间', '巡查时间', '时段', '巡逻时段', '开始', '起始时间', '出发时间'],
    requiredColumn: true,
    hint: '必填：如 20:00；也可在一格中写 20:00-次日02:00',
    normalise: timeText,
  }),
  field({
    key: 'end',
    label: '结束时间',
    synonyms: ['结束', '截止时间', '返回时间', '收队时间'],
    hint: '过午夜写 次日02:00 或 02:00',
    normalise: timeText,
  }),
  field({
    key: 'team',
    label: '巡逻队（组）',
    synonyms: ['巡逻队', '小组', '巡逻组', '队组', '班组', '楼长组', '巡逻小组', '队别', '组别'],
    requiredColumn: true,
    hint: '必填：与系统中巡逻队或楼长巡逻组的名称一致',
    normalise: plainText,
  }),
  field({
    key: 'leader',
    label: '带班人',
    synonyms: ['带班', '带队人', '带队', '负责人', '组长', '队长', '带班领导'],
    normalise: personName,
  }),
  field({
    key: 'members',
    label: '队员',
    synonyms: ['参加人员', '巡逻人员', '参加巡逻人员', '成员', '人员', '巡逻队员', '参与人员'],
    hint: '用 、 ， 或空格分隔',
    normalise: plainText,
  }),
  field({
    key: 'route',
    label: '路线',
    synonyms: ['巡逻路线', '巡查路线', '线路', '巡逻区域', '巡逻线路'],
    normalise: plainText,
  }),
  field({
    key: 'findings',
    label: '发现情况',
    synonyms: ['巡查情况', '巡逻情况', '发现问题', '发现的问题', '情况记录', '异常情况'],
    hint: '无异常 写 无异常；多条用 ； 分隔',
    normalise: freeText,
  }),
  field({
    key: 'handling',
    label: '处理情况',
    synonyms: ['处理结果', '处置情况', '处理措施', '处置结果', '处理意见'],
    normalise: freeText,
  }),
]

type TTeamMember = {
  kind: 'resident' | 'user'
  id: string
  name: string
  joinedOn: string
  leftOn: string | null
}
type TContextTeam = {
  id: string
  committeeId: string
  members: TTeamMember[]
}
export type TRegisterContext = {
  teams: Map<string, TContextTeam[]>
  /** Route ids by committee and name; a name two routes share is left out (unknown). */
  routes: Map<string, string | null>
}

export type TRegisterPerson = { kind: 'resident' | 'user'; id: string; leader: boolean }
export type TRegisterRecord = {
  committeeId: string
  teamId: string
  routeId: string | null
  date: string
  start: string
  end: string
  members: TRegisterPerson[]
  incidents: { type: TIncidentType; text: string }[]
  handling: TFindingHandlingState
  handlingText: string | null
  written: object
}

const compact = (name: string) => name.replace(/[\s\u3000]+/g, '')

/** How a 处理情况 text stands: handed over, reported, or (by default) dealt with on the spot. */
const handlingOf = (text: string | null): TFindingHandlingState =>
  !text
    ? 'handled_on_site'
    : /移交|交由|派出所|转交/.test(text)
      ? 'transferred'
      : /上报|报告|反映/.test(text)
        ? 'reported'
        : 'handled_on_site'

/** The team member of that name, those current on the date first; null when none or two. */
const memberNamed = (team: TContextTeam, name: string, date: string) => {
  const named = team.members.filter((m) => compact(m.name) === compact(name))
  const current = named.filter((m) => m.joinedOn <= date && (m.leftOn === null || m.leftOn >= date))
  const pick = current.length ? current : named
  const ids = new Set(pick.map((m) => m.id))
  return ids.size === 1 ? pick[0]! : null
}

type TValues = Partial<Record<TRegisterField, unknown>>

export const patrolRegisterLedger: TLedgerType<
  TRegisterField,
  TRegisterRecord,
  TRegisterContext
> & { naturalKey: { field: 'start'; of: (r: TRegisterRecord) => string } } = {
  type: 'patrol-register',
  label: '巡逻登记簿',
  fields: patrolRegisterFields,
  naturalKey: { field: 'start', of: (r) => `${r.teamId}|${r.date}|${r.start}` },
  build: (values: TValues, context) => {
    const issues: TBuildIssue<TRegisterField>[] = []
    const parsed = ZPatrolRegisterRow.safeParse({
      date: (values.date as TLedgerDate | undefined)?.value,
      start: values.start ?? '',
      end: values.end,
      team: values.team ?? '',
      leader: values.leader,
      members: values.members,
      route: values.route,
      findings: values.findings,
      handling: values.handling,
    })
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '') as TRegisterField
        if (!issues.some((i) => i.field === key))
          issues.push({ field: key, code: issueCode(issue) })
      }
    const teamName = values.team as string | undefined
    const teams = teamName ? (context.teams.get(compact(teamName)) ?? []) : []
    if (teamName && teams.length === 0)
      issues.push({ field: 'team', code: 'patrol_register_team_unknown' })
    if (teams.length > 1) issues.push({ field: 'team', code: 'patrol_register_team_ambiguous' })
    if (issues.length || !parsed.success) return { ok: false, issues }

    const row = parsed.data
    const team = teams[0]!
    const warnings: TBuildIssue<TRegisterField>[] = []
    const members: TRegisterPerson[] = []
    const unknown: string[] = []
    for (const name of row.members) {
      const member = memberNamed(team, name, row.date)
      if (!member) unknown.push(name)
      else if (!members.some((m) => m.id === member.id))
        members.push({ kind: member.kind, id: member.id, leader: name === row.leader })
    }
    if (unknown.length)
      warnings.push({
        field: row.leader && unknown.includes(row.leader) ? 'leader' : 'members',
        code: 'patrol_register_member_unknown',
        message:
          `${unknown.map((n) => `“${n}”`).join('、')}不是该队（组）的成员：记录照常导入，` +
          '此人不计入队员统计；请先在巡逻队中添加此人，或在记录中更正',
      })
    let routeId: string | null = null
    if (row.route) {
      routeId = context.routes.get(`${team.committeeId}|${compact(row.route)}`) ?? null
      if (!routeId) warnings.push({ field: 'route', code: 'patrol_register_route_unknown' })
    }
    const record: TRegisterRecord = {
      committeeId: team.committeeId,
      teamId: team.id,
      routeId,
      date: row.date,
      start: row.start,
      end: row.end,
      members,
      incidents: row.incidents,
      handling: handlingOf(row.handling),
      handlingText: row.handling,
      written: row.written,
    }
    return warnings.length ? { ok: true, record, warnings } : { ok: true, record }
  },
}

/** The register as the import engine runs it (registered in src/ledger-types.ts). */
export const patrolRegisterImport = {
  ledger: patrolRegisterLedger,
  permission: 'patrol:write',
  context: async (db, actor, options): Promise<TRegisterContext> => {
    const where = {
      AND: [
        committeeScope(actor),
        options.committeeId ? { committeeId: options.committeeId } : {},
        { deletedAt: null },
      ],
    }
    const [teams, routes] = await Promise.all([
      db.patrolTeam.findMany({
        where,
        include: {
          members: {
            include: {
              resident: { select: { name: true } },
              user: { select: { displayName: true } },
            },
          },
        },
      }),
      db.patrolRoute.findMany({ where, select: { id: true, committeeId: true, name: true } }),
    ])
    const byName = new Map<string, TContextTeam[]>()
    for (const team of teams) {
      const key = compact(team.name)
      byName.set(key, [
        ...(byName.get(key) ?? []),
        {
          id: team.id,
          committeeId: team.committeeId,
          members: team.members.map((m) => ({
            kind: m.residentId ? ('resident' as const) : ('user' as const),
            id: (m.residentId ?? m.userId)!,
            name: m.resident?.name ?? m.user?.displayName ?? '',
            joinedOn: fromDbDate(m.joinedOn),
            leftOn: m.leftOn ? fromDbDate(m.leftOn) : null,
          })),
        },
      ])
    }
    const routeIds = new Map<string, string | null>()
    for (const route of routes) {
      const key = `${route.committeeId}|${compact(route.name)}`
      routeIds.set(key, routeIds.has(key) ? null : route.id)
    }
    return { teams: byName, routes: routeIds }
  },
  writer: patrolRegisterWriter,
} satisfies TRegisteredLedger<TRegisterField, TRegisterRecord, TRegisterContext>
