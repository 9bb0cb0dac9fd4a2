// Runs one scenario: set it up, check both sides once, warm both up, then time them in ABBA
// order (ours, baseline, baseline, ours). Alternating in halves spreads a slow stretch of a shared
// machine (another job, a checkpoint) over both sides instead of charging it to one of them.
import type { TBenchContext, TScenario } from '../scenario.ts'
import { explainLine } from './explain.ts'
import { evaluateGoals, type TGoalResult } from './goals.ts'
import { createHttpClient } from './http-client.ts'
import { combine, runLoad, type TOperation } from './load.ts'
import { perform, performBaseline } from './operations.ts'
import type { TStats } from './stats.ts'

export type TSideStats = TStats & { errorSamples: string[] }

export type TScenarioResult = {
  name: string
  describe: string
  connections: number
  /** "8 s" or "300 requests" per side. */
  amount: string
  ours: TSideStats
  baseline: TSideStats
  /** ours p50 / baseline p50: how many times slower than the bare work. */
  p50Ratio: number
  /** ours req/s / baseline req/s: the share of the bare throughput we keep. */
  rpsRatio: number
  p50DiffMs: number
  goals: TGoalResult[]
  /** EXPLAIN (ANALYZE, BUFFERS) summaries of the scenario's plain queries, by label. */
  plans: { label: string; plan: string }[]
}

const log = (message: string) => console.error(`[bench] ${message}`)

export const runScenario = async (
  ctx: TBenchContext,
  scenario: TScenario<unknown>,
  signal?: AbortSignal,
): Promise<TScenarioResult> => {
  const { settings } = ctx
  const connections = scenario.connections ?? settings.connections
  log(`${scenario.name}: setting up`)
  const state = await scenario.setup(ctx)
  const client = createHttpClient(ctx.port, connections)
  try {
    const ours: TOperation = (i) => perform(client, scenario.ours(ctx, state, i)).then(() => {})
    const baseline: TOperation = (i) =>
      performBaseline(ctx.pg, scenario.baseline(ctx, state, i)).then(() => {})

    // One request each, outside the timing: a failure here is a broken scenario, not a slow one.
    const first = await perform(client, scenario.ours(ctx, state, 0))
    const firstBaseline = await performBaseline(ctx.pg, scenario.baseline(ctx, state, 0))
    scenario.check?.(state, first, firstBaseline)

    const count = scenario.count
    const half = (op: TOperation) =>
      runLoad(
        count === undefined
          ? { connections, op, signal, durationMs: settings.durationMs / 2 }
          : { connections, op, signal, count: Math.ceil(count / 2) },
      )
    if (settings.warmupMs > 0) {
      log(`${scenario.name}: warming up`)
      for (const op of [ours, baseline])
        await runLoad(
          count === undefined
            ? { connections, op, signal, durationMs: settings.warmupMs }
            : { connections, op, signal, count: Math.min(count, connections * 2) },
        )
    }
    log(`${scenario.name}: measuring (${connections} connections)`)
    const o1 = await half(ours)
    const b1 = await half(baseline)
    const b2 = await half(baseline)
    const o2 = await half(ours)

    // After the rounds, so the plans are those of warm caches, as the timed queries ran.
    const plans: TScenarioResult['plans'] = []
    for (const [label, query] of Object.entries(scenario.explain?.(ctx, state) ?? {}))
      plans.push({ label, plan: await explainLine(ctx.pg, query) })

    const oursStats = combine([o1, o2])
    const baselineStats = combine([b1, b2])
    return {
      name: scenario.name,
      describe: scenario.describe,
      connections,
      amount:
        count === undefined
          ? `${settings.durationMs / 1000} s`
          : `${2 * Math.ceil(count / 2)} requests`,
      ours: oursStats,
      baseline: baselineStats,
      p50Ratio: oursStats.p50Ms / baselineStats.p50Ms,
      rpsRatio: oursStats.rps / baselineStats.rps,
      p50DiffMs: oursStats.p50Ms - baselineStats.p50Ms,
      goals: evaluateGoals(
        scenario.goals ?? [],
        { ours: oursStats, baseline: baselineStats },
        connections,
      ),
      plans,
    }
  } finally {
    client.close()
  }
}
