import { addDays } from '../party/calendar.ts'
import type { TCheckpointVisitResult, TPatrolOutcome } from './patrol-codes.ts'
import { localOffset } from './patrol-time.ts'

/**
 * Plan against actual (../shared/DOMAIN.md §5): a route's checkpoints in order, each expected a
 * number of minutes after the previous one (the first: after the patrol's start) within an
 * allowed deviation. A point's expected time is the actual start plus the cumulative expected
 * minutes; a first scan within ± the deviation of it (both edges included) is on time, before
 * that early, after that late; a point never scanned is missed (漏检).
 *
 * Only a point's first scan (by time) counts; later ones are reported as `repeated` (the rules
 * forbid multi-scans). A scan of a point not on the route is ignored for scoring and reported in
 * `unknown`. The patrol is done when every point was visited, partly done when some were, not
 * done when none were or it never started. A route without checkpoints is done once started.
 */
export type TRouteCheckpoint = {
  id: string
  /** Minutes after the previous point (the first: after the start). */
  expectedMinutes: number
  /** Allowed deviation either side, in minutes. */
  deviationMinutes: number
}

/** A scan: the checkpoint and the China-local moment (`YYYY-MM-DDTHH:MM[:SS]`). */
export type TCheckpointScan = { checkpointId: string; at: string }

export type TCheckpointScore = {
  checkpointId: string
  /** China-local expected moment; null when the patrol never started. */
  expectedAt: string | null
  scannedAt: string | null
  result: TCheckpointVisitResult
  /** Seconds after the expected moment (negative: before); null when missed. */
  offsetSeconds: number | null
}

export type TPatrolScore = {
  outcome: TPatrolOutcome
  points: TCheckpointScore[]
  planned: number
  visited: number
  onTime: number
  early: number
  late: number
  missed: number
  repeated: TCheckpointScan[]
  unknown: TCheckpointScan[]
}

const expectedMoment = (start: string, minutes: number) => {
  const base = start.slice(0, 10)
  const at = localOffset(base, start) + minutes * 60
  const days = Math.floor(at / 86_400)
  const rest = at - days * 86_400
  const date = addDays(base, days)
  const hh = String(Math.floor(rest / 3600)).padStart(2, '0')
  const mm = String(Math.floor((rest % 3600) / 60)).padStart(2, '0')
  const ss = rest % 60
  return `${date}T${hh}:${mm}${ss ? `:${String(ss).padStart(2, '0')}` : ''}`
}

/** Scores a patrol: `start` null when it never started (every point then missed). */
export const scorePatrol = (
  checkpoints: readonly TRouteCheckpoint[],
  start: string | null,
  scans: readonly TCheckpointScan[],
): TPatrolScore => {
  const known = new Set(checkpoints.map((c) => c.id))
  const base = start?.slice(0, 10) ?? '2000-01-01'
  const ordered = [...scans].sort(
    (a, b) =>
      localOffset(base, a.at) - localOffset(base, b.at) ||
      a.checkpointId.localeCompare(b.checkpointId),
  )
  const first = new Map<string, TCheckpointScan>()
  const repeated: TCheckpointScan[] = []
  const unknown: TCheckpointScan[] = []
  for (const scan of ordered) {
    if (!known.has(scan.checkpointId)) unknown.push(scan)
    else if (first.has(scan.checkpointId)) repeated.push(scan)
    else first.set(scan.checkpointId, scan)
  }

  let cumulative = 0
  const points: TCheckpointScore[] = checkpoints.map((c) => {
    cumulative += c.expectedMinutes
    const expectedAt = start === null ? null : expectedMoment(start, cumulative)
    const scan = start === null ? undefined : first.get(c.id)
    if (!scan || start === null)
      return {
        checkpointId: c.id,
        expectedAt,
        scannedAt: null,
        result: 'missed',
        offsetSeconds: null,
      }
    const offset = localOffset(base, scan.at) - (localOffset(base, start) + cumulative * 60)
    const allowed = c.deviationMinutes * 60
    const result: TCheckpointVisitResult =
      offset < -allowed ? 'early' : offset > allowed ? 'late' : 'on_time'
    return { checkpointId: c.id, expectedAt, scannedAt: scan.at, result, offsetSeconds: offset }
  })

  const count = (r: TCheckpointVisitResult) => points.filter((p) => p.result === r).length
  const visited = points.length - count('missed')
  const outcome: TPatrolOutcome =
    start === null
      ? 'not_done'
      : visited === points.length
        ? 'done'
        : visited > 0
          ? 'partly_done'
          : 'not_done'
  return {
    outcome,
    points,
    planned: points.length,
    visited,
    onTime: count('on_time'),
    early: count('early'),
    late: count('late'),
    missed: count('missed'),
    repeated,
    unknown,
  }
}
