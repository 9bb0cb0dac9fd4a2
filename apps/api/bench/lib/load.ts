// The load driver: N workers in a closed loop (each sends its next request when the previous one
// has answered), for a fixed duration or a fixed number of requests. A closed loop is what
// "N connections" means in autocannon and in QUALITY.md's goals, and it cannot overload the
// machine the way an open-loop (fixed-rate) generator can on two shared cores.
//
// It drives any async operation, not only HTTP: the same loop times the app through its socket
// and the plain-`pg` twin, so the two figures differ only in what the operation does.
import { summarize, type TStats } from './stats.ts'

export type TOperation = (index: number, worker: number) => Promise<void>

export type TLoadOptions = {
  connections: number
  /** Stop starting new requests after this long (requests in flight still finish). */
  durationMs?: number
  /** Or stop after this many requests in total. */
  count?: number
  op: TOperation
  /** Stops starting new requests (Ctrl-C: let the teardown close what the requests use). */
  signal?: AbortSignal
}

export type TLoadResult = {
  /** Latencies of the requests that succeeded, in milliseconds. */
  latenciesMs: Float64Array
  errors: number
  /** The first few distinct error messages, to say *why* a run had errors. */
  errorSamples: string[]
  elapsedMs: number
}

/** A growable Float64Array: a plain number[] of 100k+ samples costs more GC than it should. */
class Samples {
  private data = new Float64Array(16_384)
  length = 0
  push(value: number) {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
  toArray() {
    return this.data.slice(0, this.length)
  }
}

const nsToMs = (ns: bigint) => Number(ns) / 1e6

export const runLoad = async (options: TLoadOptions): Promise<TLoadResult> => {
  const { connections, durationMs, count, op, signal } = options
  if ((durationMs === undefined) === (count === undefined))
    throw new Error('runLoad: give exactly one of durationMs and count')
  const samples = new Samples()
  const errorSamples = new Set<string>()
  let errors = 0
  let issued = 0
  const started = process.hrtime.bigint()
  const deadline = durationMs === undefined ? undefined : started + BigInt(durationMs * 1e6)
  const more = () =>
    !signal?.aborted &&
    (deadline === undefined ? issued < count! : process.hrtime.bigint() < deadline)

  const worker = async (id: number) => {
    while (more()) {
      const index = issued++
      const t0 = process.hrtime.bigint()
      try {
        await op(index, id)
        samples.push(nsToMs(process.hrtime.bigint() - t0))
      } catch (error) {
        errors++
        if (errorSamples.size < 5) errorSamples.add((error as Error).message ?? String(error))
        // An operation that fails at once (an ended pool) would otherwise spin on microtasks
        // and starve timers and I/O, the teardown's included.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, id) => worker(id)))
  return {
    latenciesMs: samples.toArray(),
    errors,
    errorSamples: [...errorSamples],
    elapsedMs: nsToMs(process.hrtime.bigint() - started),
  }
}

/** Several runs of one side (rounds) summarised as one: samples pooled, wall times added. */
export const combine = (results: TLoadResult[]): TStats & { errorSamples: string[] } => {
  const total = results.reduce((n, r) => n + r.latenciesMs.length, 0)
  const all = new Float64Array(total)
  let offset = 0
  for (const r of results) {
    all.set(r.latenciesMs, offset)
    offset += r.latenciesMs.length
  }
  const stats = summarize(
    all,
    results.reduce((n, r) => n + r.errors, 0),
    results.reduce((n, r) => n + r.elapsedMs, 0),
  )
  return { ...stats, errorSamples: [...new Set(results.flatMap((r) => r.errorSamples))] }
}
