import type { TImportJob, TImportProblem, TImportStatus } from '@cr/shared/imports/import-job'
import { count } from './format.ts'

const statusLabels: Record<TImportStatus, string> = {
  queued: '排队中',
  validating: '检查中',
  validated: '已检查',
  committing: '写入中',
  committed: '已导入',
  failed: '失败',
  undone: '已撤销',
}

/** Problems shown in the terminal; all of them are in the error report. */
const shownProblems = 10

/**
 * `第 N 行 [列] 信息`, the way clerks find the cell in Excel; a warning (the row is imported all
 * the same) says so first.
 */
export const formatProblem = (p: TImportProblem) => {
  const column = p.column ? ` [${p.column.header || p.column.letter}]` : ''
  const kind = p.severity === 'warning' ? '提醒 ' : ''
  return `${kind}第 ${p.rowNumber} 行${column} ${p.message}`
}

export const progressText = (job: TImportJob) => {
  const { processed, total } = job.progress
  const stage = statusLabels[job.status]
  if (!total) return `${stage}：${count(processed)} 行`
  const percent = Math.min(100, Math.floor((processed / total) * 100))
  return `${stage}：${count(processed)} / ${count(total)} 行（${percent}%）`
}

/** The outcome in a few lines: what happened, the counts, and the first problems. */
export const formatSummary = (job: TImportJob, dryRun: boolean): string => {
  const c = job.counts
  const status =
    statusLabels[job.status] + (dryRun && job.status === 'validated' ? '（试运行，未写入）' : '')
  const figures = (pairs: [string, number][]) =>
    pairs.map(([label, n]) => `${label} ${count(n)}`).join('  ')
  const lines = [
    `${job.fileName}：${status}`,
    `  ${figures([
      ['行数', c.rows],
      ['有效', c.valid],
      ['无效', c.invalid],
    ])}`,
    // A dry run's counts say what a commit would do (it runs the same steps and rolls back).
    `  ${figures([
      [dryRun ? '将新增' : '新增', c.created],
      ['更新', c.updated],
      ['未变', c.unchanged],
      ['跳过', c.skipped],
    ])}`,
  ]
  if (job.error) lines.push(`  ${job.error.message}`)
  if (job.problemCount > 0) {
    const shown = job.problems.slice(0, shownProblems)
    const more = job.problemCount > shown.length ? `，以下为前 ${shown.length} 条` : ''
    const errors = job.problemCount - job.warningCount
    // Warnings apart: their rows are imported all the same.
    const kinds = job.warningCount
      ? `错误 ${count(errors)} 条，提醒 ${count(job.warningCount)} 条（提醒的行照常导入，请核对）`
      : `问题 ${count(job.problemCount)} 条`
    lines.push(`${kinds}${more}：`)
    for (const p of shown) lines.push(`  ${formatProblem(p)}`)
  }
  lines.push(`任务编号：${job.id}`)
  return `${lines.join('\n')}\n`
}
