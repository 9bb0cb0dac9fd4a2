// Goals from QUALITY.md §5, checked against a scenario's figures and printed as met / not met.
// They are information for the reader, never a failed run: a shared two-core machine can miss a
// latency goal for reasons that have nothing to do with the code (see the project's rule on
// timed assertions). A goal defined at a given concurrency reads "n/a" when the run used another.
import type { TStats } from './stats.ts'

export type TGoalStatus = 'met' | 'not met' | 'n/a'

export type TGoal = {
  /** e.g. "p95 ≤ 100 ms". */
  label: string
  /** Where the number comes from, e.g. "QUALITY.md §5 Lists". */
  source: string
  /** The concurrency the goal is defined at, if any. */
  connections?: number
  evaluate(figures: { ours: TStats; baseline: TStats }): { met: boolean; actual: string }
}

export type TGoalResult = {
  label: string
  source: string
  status: TGoalStatus
  actual: string
  note?: string
}

const ms = (value: number) => `${value.toFixed(1)} ms`

export const oursP95AtMost = (limitMs: number, source: string, connections?: number): TGoal => ({
  label: `p95 ≤ ${limitMs} ms`,
  source,
  connections,
  evaluate: ({ ours }) => ({ met: ours.p95Ms <= limitMs, actual: ms(ours.p95Ms) }),
})

export const oursP99AtMost = (limitMs: number, source: string, connections?: number): TGoal => ({
  label: `p99 ≤ ${limitMs} ms`,
  source,
  connections,
  evaluate: ({ ours }) => ({ met: ours.p99Ms <= limitMs, actual: ms(ours.p99Ms) }),
})

export const oursRpsAtLeast = (rps: number, source: string, connections?: number): TGoal => ({
  label: `≥ ${rps} req/s`,
  source,
  connections,
  evaluate: ({ ours }) => ({ met: ours.rps >= rps, actual: `${ours.rps.toFixed(0)} req/s` }),
})

/** QUALITY.md "ORM overhead": our p50 at most `limitMs` above the plain-pg twin's p50. */
export const p50OverBaselineAtMost = (limitMs: number, source: string): TGoal => ({
  label: `p50 ≤ pg p50 + ${limitMs} ms`,
  source,
  evaluate: ({ ours, baseline }) => {
    const diff = ours.p50Ms - baseline.p50Ms
    return { met: diff <= limitMs, actual: `${diff >= 0 ? '+' : ''}${ms(diff)}` }
  },
})

export const evaluateGoals = (
  goals: TGoal[],
  figures: { ours: TStats; baseline: TStats },
  connections: number,
): TGoalResult[] =>
  goals.map((goal) => {
    const { met, actual } = goal.evaluate(figures)
    const base = { label: goal.label, source: goal.source, actual }
    if (goal.connections !== undefined && goal.connections !== connections)
      return { ...base, status: 'n/a', note: `defined at ${goal.connections} connections` }
    // A latency figure over a run that had failures says little: the failures may be fast.
    if (figures.ours.errors > 0)
      return { ...base, status: 'not met', note: `${figures.ours.errors} errors` }
    return { ...base, status: met ? 'met' : 'not met' }
  })
