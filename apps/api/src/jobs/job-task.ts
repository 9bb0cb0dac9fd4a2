/**
 * A kind of background work the API's job queue runs (job-queue.ts). Each module that needs one
 * defines it next to its code (`*.task.ts`); `src/job-tasks.ts` lists them all.
 */
export type TJobHelpers = {
  /** The queue's id of this job (for logs). */
  jobId: string
  /** 1 on the first run; more when the queue runs it again (a process stopped while it ran). */
  attempt: number
  maxAttempts: number
  /** Aborted when the process is stopping and the job has not finished in time. */
  signal: AbortSignal
}

export type TJobTask<TDeps, TPayload = unknown> = {
  /** The task's name in the queue (`graphile_worker.jobs.task_identifier`). */
  name: string
  /**
   * Which of the process's two workers runs it. `imports`: ledger imports, one at a time per
   * process (a run is CPU- and database-heavy; two at once on two cores would only slow both).
   * `maintenance`: scheduled and background work, beside the imports so a long backup or key
   * rotation never holds an import up.
   */
  lane: 'imports' | 'maintenance'
  /** A cron schedule (`minute hour day month weekday`, UTC) when the task runs by itself. */
  schedule?: string
  /** Runs in all, counting runs again after a process stopped mid-run (the queue's default: 3). */
  maxAttempts?: number
  /** Reads the payload as the task expects it; throws on a payload it cannot use. */
  payload: (value: unknown) => TPayload
  run: (deps: TDeps, payload: TPayload, helpers: TJobHelpers) => Promise<void>
}

/** A list of tasks of any payload, as the queue holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TAnyJobTask<TDeps> = TJobTask<TDeps, any>
