import { setTimeout as sleep } from 'node:timers/promises'
import type { TImportJob, TImportStatus } from '@cr/shared/imports/import-job'
import { UnreachableError, type TApiClient } from './api-client.ts'
import { progressText } from './import-summary.ts'
import type { TIo } from './io.ts'
import { createStatusLine } from './status-line.ts'

/** States a job rests in until someone acts; the others move on by themselves. */
const settled: ReadonlySet<TImportStatus> = new Set(['validated', 'committed', 'failed', 'undone'])

/** Consecutive failed polls tolerated: a long import should not be lost to a network blip. */
const maxMissedPolls = 5

/** Polls the job until it settles, showing its progress on stderr. */
export const waitForJob = async (api: TApiClient, first: TImportJob, io: TIo) => {
  const line = createStatusLine(io.stderr)
  let job = first
  let missed = 0
  try {
    while (!settled.has(job.status)) {
      line.show(progressText(job))
      await sleep(missed ? 1_000 : io.pollMs)
      try {
        job = await api.json<TImportJob>(`/imports/${job.id}`)
        missed = 0
      } catch (error) {
        if (!(error instanceof UnreachableError) || ++missed > maxMissedPolls) throw error
      }
    }
    line.show(progressText(job))
  } finally {
    line.end()
  }
  return job
}
