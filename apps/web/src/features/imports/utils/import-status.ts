import type { TImportCounts, TImportStatus } from '@cr/shared/imports/import-job'

const running: ReadonlySet<TImportStatus> = new Set(['queued', 'validating', 'committing'])

/** Whether the job is being worked on (the page polls it and shows progress). */
export const isJobRunning = (status: TImportStatus | undefined): boolean =>
  status !== undefined && running.has(status)

export const importStatusColors: Record<TImportStatus, string> = {
  queued: 'default',
  validating: 'processing',
  validated: 'blue',
  committing: 'processing',
  committed: 'green',
  failed: 'red',
  undone: 'default',
}

/** Percent done, or null while the total is not known yet. */
export const progressPercent = (progress: {
  processed: number
  total: number | null
}): number | null =>
  progress.total ? Math.min(100, Math.floor((progress.processed / progress.total) * 100)) : null

/** People already in the registry whom a commit leaves as they are. */
export const existingCount = (counts: TImportCounts): number => counts.unchanged + counts.skipped

/** The wizard's step for a job: 上传 → 检查 → 导入 → 完成. */
export const wizardStep = (status: TImportStatus): number =>
  status === 'committing' ? 2 : status === 'committed' || status === 'undone' ? 3 : 1
