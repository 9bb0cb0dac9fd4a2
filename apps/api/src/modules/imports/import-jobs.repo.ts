import type { ImportJob, ImportProblem } from '@cr/db/client'
import type { TImportJob, TImportProblem } from '@cr/shared/imports/import-job'
import { importJobOptions } from '../../imports/job-options.ts'
import type { TLedgerType } from '../../imports/ledger-type.ts'

/** Problems shown with the job; the rest are in the downloadable report. */
export const problemsShown = 200

type TRow = ImportJob & { problems: ImportProblem[]; committeeName: string | null }

export const toProblemDto = (p: ImportProblem): TImportProblem => ({
  rowNumber: p.rowNumber,
  column: p.columnLetter !== null ? { letter: p.columnLetter, header: p.columnHeader ?? '' } : null,
  field: p.field,
  value: p.value,
  code: p.code,
  message: p.message,
  severity: p.severity === 'warning' ? 'warning' : 'error',
})

/**
 * `ledger`: the job's ledger type's fields and column groups (the mapping UI offers them and
 * tells what is missing; a summary has none).
 */
export const toImportJobDto = (
  row: TRow,
  ledger: Pick<TLedgerType<string, unknown, unknown>, 'fields' | 'columnGroups'>,
): TImportJob => {
  const type = row.type as TImportJob['type']
  return {
    id: row.id,
    type,
    status: row.status as TImportJob['status'],
    fileName: row.fileName,
    fileSha256: row.fileSha256,
    fileBytes: row.fileBytes,
    committee:
      row.committeeId && row.committeeName
        ? { id: row.committeeId, name: row.committeeName }
        : null,
    options: importJobOptions(row.options),
    progress: { processed: row.processed, total: row.total },
    counts: row.counts as TImportJob['counts'],
    headerRowNumber: row.headerRowNumber,
    columns: row.columns as TImportJob['columns'],
    missingRequired: row.missingRequired,
    columnGroups: (ledger.columnGroups ?? []).map((g) => ({
      label: g.label,
      fields: [...g.fields],
      required: [...g.required],
    })),
    fields: ledger.fields.map((f) => ({
      key: f.key,
      label: f.label,
      requiredColumn: f.requiredColumn ?? false,
    })),
    problems: row.problems.map(toProblemDto),
    problemCount: row.problemCount,
    warningCount: row.warningCount,
    error: row.errorCode !== null ? { code: row.errorCode, message: row.errorMessage ?? '' } : null,
    // Whether nothing changed since is checked when undo is asked for (it reads every record).
    undoable: row.status === 'committed',
    createdBy: { id: row.createdById, name: row.createdByName },
    createdAt: row.createdAt.toISOString(),
    validatedAt: row.validatedAt?.toISOString() ?? null,
    committedAt: row.committedAt?.toISOString() ?? null,
    undoneAt: row.undoneAt?.toISOString() ?? null,
    filePurgedAt: row.filePurgedAt?.toISOString() ?? null,
  }
}
