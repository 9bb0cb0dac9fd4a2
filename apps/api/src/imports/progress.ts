import type { TDb } from '../lib/db-types.ts'

const everyMs = 500

/**
 * Processed/total of a running job, written to its row at most twice a second so the web app's
 * bar and the CLI's line move without slowing the run. While the first check runs the total is
 * not known: it is estimated from the share of the file read so far, and exact at the end.
 */
export const createProgress = (
  prisma: TDb['prisma'],
  jobId: string,
  fileBytes: number,
  knownTotal: number | null,
) => {
  let bytesRead = 0
  let last = 0
  return {
    bytesRead: (bytes: number) => {
      bytesRead = bytes
    },
    rows: async (processed: number) => {
      const now = Date.now()
      if (now - last < everyMs) return
      last = now
      const estimate =
        knownTotal ??
        (bytesRead > 0
          ? Math.max(processed, Math.round((processed * fileBytes) / bytesRead))
          : null)
      await prisma.importJob.update({
        where: { id: jobId },
        data: { processed, total: estimate },
      })
    },
  }
}
