// Where an import's time goes, without touching the engine: a separate connection polls
// pg_stat_activity every 25 ms for the statement the app's pool is running, and the first time
// a statement of each step shows up marks where that step began. Steps (see run-job.ts and
// residents.import-write.ts):
//
//   upload, queue, open  the request, storing the file, the job starting, the header found
//   read → stage         reading, validating and encoding rows in Node while PostgreSQL takes
//                        them into the staging table batch by batch and inserts each batch's
//                        new people (the two overlap; `read` mode isolates Node)
//   check                the set-based checks on the staged rows (UPDATE stage …)
//   write                the set-based writes (places, households, history, audit, records)
//
// The step's end is the next step's start, so each boundary is accurate to about one poll.
import pg from 'pg'

export type TPhase = { label: string; seconds: number }

const steps = [
  { label: 'upload, queue, open', match: () => false },
  { label: 'read → stage', match: (q: string) => q.startsWith('COPY stage') },
  {
    label: 'check (set-based)',
    // Not the batches' `ANALYZE stage (row_number, …)`: the checks' own statistics come first.
    match: (q: string) => /^(ANALYZE stage \(id_number_hash|UPDATE stage|WITH heads)/.test(q),
  },
  {
    label: 'write (set-based)',
    match: (q: string) =>
      /^(SELECT 1 FROM stage|DELETE FROM resident|WITH (created|wanted|joining))/.test(q),
  },
] as const

export const createPhaseProbe = async (connectionString: string, applicationName: string) => {
  const client = new pg.Client({ connectionString, application_name: `${applicationName}-probe` })
  await client.connect()
  const firstSeen: (number | undefined)[] = steps.map(() => undefined)
  let timer: NodeJS.Timeout | undefined
  let polling = false
  const poll = async () => {
    if (polling) return
    polling = true
    const at = performance.now()
    try {
      const { rows } = await client.query<{ query: string }>(
        `SELECT query FROM pg_stat_activity
         WHERE application_name = $1 AND state = 'active' AND datname = current_database()`,
        [applicationName],
      )
      for (const { query } of rows) {
        const text = query.trim().replace(/\s+/g, ' ')
        steps.forEach((step, i) => {
          if (firstSeen[i] === undefined && step.match(text)) firstSeen[i] = at
        })
      }
    } finally {
      polling = false
    }
  }
  return {
    start: (at: number) => {
      firstSeen[0] = at
      timer = setInterval(() => void poll().catch(() => undefined), 25).unref()
    },
    /** The steps seen, each until the next one began (the last until `at`). */
    stop: (at: number): TPhase[] => {
      clearInterval(timer)
      const seen = steps
        .map((step, i) => ({ label: step.label as string, from: firstSeen[i] }))
        .filter((s): s is { label: string; from: number } => s.from !== undefined)
      return seen.map((s, i) => ({
        label: s.label,
        seconds: ((seen[i + 1]?.from ?? at) - s.from) / 1000,
      }))
    },
    close: async () => {
      clearInterval(timer)
      await client.end()
    },
  }
}
