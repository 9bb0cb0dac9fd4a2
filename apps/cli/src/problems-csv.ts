import type { TImportProblem } from '@cr/shared/imports/import-job'

/**
 * Excel runs a cell that starts with = + - @ as a formula; a leading apostrophe keeps a
 * ledger's own text from doing that in the problems file (OWASP "CSV injection").
 */
const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

/** The job's problems as a CSV that Excel opens in Chinese: UTF-8 with a BOM, CRLF lines. */
export const problemsCsv = (problems: TImportProblem[]) => {
  const header = ['行号', '类别', '列', '表头', '字段', '值', '代码', '问题']
  const rows = problems.map((p) => [
    p.rowNumber,
    p.severity === 'warning' ? '提醒' : '错误',
    p.column?.letter ?? '',
    p.column?.header ?? '',
    p.field,
    p.value,
    p.code,
    p.message,
  ])
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
}
