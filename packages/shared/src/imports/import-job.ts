import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf, queryBoolean } from '../common/pagination.ts'
import { ZId, ZRef, ZTimestamp } from '../common/record.ts'

/**
 * The import job: one uploaded ledger, checked (dry run) and possibly committed, recorded in the
 * database with who, when, the file and its counts. The web app, the CLI and integrations all
 * speak this contract.
 *
 * Life of a job:
 *   queued → validating → validated ──(commit)──→ committing → committed ──(undo)──→ undone
 *                           │                          └→ failed
 *                           └→ failed (file unreadable, header not found, required column missing)
 * A validated job can be validated again with another mapping. Uploading with `dryRun: false`
 * commits straight after a clean check.
 */

/** Ledger types the engine knows; each record module adds its own. */
export const importTypes = [
  'residents',
  'party-members',
  'co-building-units',
  'rental-contracts',
  'temporary-residents',
  'subsidy-cases',
  'patrol-register',
] as const
export const ZImportType = z.enum(importTypes)
export type TImportType = z.infer<typeof ZImportType>

export const ZImportStatus = z.enum([
  'queued',
  'validating',
  'validated',
  'committing',
  'committed',
  'failed',
  'undone',
])
export type TImportStatus = z.infer<typeof ZImportStatus>

/** `all_or_nothing`: any invalid row stops the commit. `skip_invalid`: valid rows go in. */
export const ZImportMode = z.enum(['all_or_nothing', 'skip_invalid'])
/** A row whose natural key (ID number) is already in the registry: leave it, or update it. */
export const ZImportOnConflict = z.enum(['skip', 'update'])

/**
 * A user's column corrections: column letter (`"F"`) or header text (`"户籍地址"`) → field key,
 * or null to ignore the column. Header-text keys survive a reordered sheet.
 */
export const ZImportMapping = z.record(z.string().min(1).max(60), z.string().max(40).nullable())
export type TImportMapping = z.infer<typeof ZImportMapping>

/** How to read the sheet: which sheet, which header row, which columns mean what. */
export const ZImportReadOptions = z.object({
  committeeId: ZId.optional().describe(
    'Committee for rows (or ledgers) without a 居委会 column; required then',
  ),
  sheet: z.union([z.number().int().min(1), z.string().min(1).max(100)]).optional(),
  headerRowNumber: z.number().int().min(1).max(1000).optional(),
  mapping: ZImportMapping.optional(),
})

export const ZImportCommitOptions = z.object({
  mode: ZImportMode.default('all_or_nothing'),
  onConflict: ZImportOnConflict.default('skip'),
})

/** The options part of the upload (a multipart field `options` holding this JSON). */
export const ZImportCreateOptions = ZImportReadOptions.extend({
  type: ZImportType,
  /** Default true: check only. false: commit straight after the check (CLI, integrations). */
  dryRun: z.boolean().default(true),
  ...ZImportCommitOptions.shape,
}).meta({ id: 'ImportCreateOptions' })

export const ZImportValidate = ZImportReadOptions.meta({ id: 'ImportValidate' })
export const ZImportCommit = ZImportCommitOptions.meta({ id: 'ImportCommit' })

export const ZImportColumn = z.object({
  letter: z.string(),
  header: z.string(),
  /** The field this column feeds, or null (unrecognised or ignored). */
  field: z.string().nullable(),
  source: z.enum(['synonym', 'override', 'unrecognised', 'ignored', 'duplicate']),
})

export const ZImportField = z.object({
  key: z.string(),
  label: z.string(),
  requiredColumn: z.boolean(),
})

/** Columns that go together: once the sheet has one of `fields`, it needs `required` too. */
export const ZImportColumnGroup = z.object({
  label: z.string(),
  fields: z.array(z.string()),
  required: z.array(z.string()),
})

export const ZImportProblem = z.object({
  rowNumber: z.number().int().describe('The row number as Excel shows it'),
  column: z.object({ letter: z.string(), header: z.string() }).nullable(),
  field: z.string().nullable(),
  value: z.string().nullable().describe('As written; ID numbers masked'),
  code: z.string(),
  message: z.string(),
  severity: z
    .enum(['error', 'warning'])
    .describe('error: the row is not imported; warning: shown, and the row is imported'),
})
export type TImportProblem = z.infer<typeof ZImportProblem>

export const ZImportCounts = z.object({
  /** Data rows read (blank rows and the totals row excluded). */
  rows: z.number().int().nonnegative(),
  valid: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  /** Set by the commit: */
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
})
export type TImportCounts = z.infer<typeof ZImportCounts>

export const ZImportJob = z
  .object({
    id: ZId,
    type: ZImportType,
    status: ZImportStatus,
    fileName: z.string(),
    fileSha256: z.string(),
    fileBytes: z.number().int(),
    committee: ZRef.nullable(),
    options: ZImportCreateOptions.omit({ type: true }),
    progress: z.object({
      processed: z.number().int().nonnegative(),
      total: z.number().int().nonnegative().nullable().describe('null until known'),
    }),
    counts: ZImportCounts,
    /** Where the header was found and what each column means. Null before the check. */
    headerRowNumber: z.number().int().nullable(),
    columns: z.array(ZImportColumn),
    missingRequired: z.array(z.string()),
    fields: z.array(ZImportField),
    columnGroups: z.array(ZImportColumnGroup),
    /** The first problems (see `problemCount`); all of them via the report download. */
    problems: z.array(ZImportProblem),
    /** Every problem, warnings included; `warningCount` of them are warnings. */
    problemCount: z.number().int().nonnegative(),
    warningCount: z.number().int().nonnegative(),
    /** A file-level failure (unreadable file, no header, missing column): code and message. */
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    /** A committed job can be undone while nothing else has changed its records since. */
    undoable: z.boolean(),
    createdBy: ZRef,
    createdAt: ZTimestamp,
    validatedAt: ZTimestamp.nullable(),
    committedAt: ZTimestamp.nullable(),
    undoneAt: ZTimestamp.nullable(),
    /**
     * When the uploaded file was deleted at the end of its retention (系统设置): from then on
     * the job cannot be checked again or committed and has no report; undo still works.
     */
    filePurgedAt: ZTimestamp.nullable(),
  })
  .meta({ id: 'ImportJob' })
export type TImportJob = z.infer<typeof ZImportJob>

/**
 * The error report: ID numbers masked, unless `reveal` (needs `resident:reveal` and a reason,
 * and is audited like any reveal).
 */
export const ZImportReportQuery = z
  .object({
    reveal: queryBoolean
      .optional()
      .describe('Full ID numbers (needs resident:reveal and a reason; audited)'),
    reason: z
      .string()
      .trim()
      .min(2, issue('reveal_reason_required'))
      .max(200)
      .optional()
      .describe('Why the full numbers are needed (with reveal)'),
  })
  .refine((q) => !q.reveal || q.reason !== undefined, {
    ...issue('reveal_reason_required'),
    path: ['reason'],
  })

export const ZImportListQuery = ZNumberedListQuery.extend({
  type: ZImportType.optional(),
  status: ZImportStatus.optional(),
})
export const ZImportJobSummary = ZImportJob.pick({
  id: true,
  type: true,
  status: true,
  fileName: true,
  committee: true,
  progress: true,
  counts: true,
  problemCount: true,
  warningCount: true,
  createdBy: true,
  createdAt: true,
  committedAt: true,
  undoneAt: true,
}).meta({ id: 'ImportJobSummary' })
export const ZImportJobPage = pageOf(ZImportJobSummary).meta({ id: 'ImportJobPage' })

/** Saved column mappings, reusable on next month's ledger. */
export const ZSavedMappingCreate = z
  .object({
    type: ZImportType,
    name: z.string().trim().min(1).max(50),
    mapping: ZImportMapping,
  })
  .meta({ id: 'SavedMappingCreate' })
export const ZSavedMapping = ZSavedMappingCreate.extend({
  id: ZId,
  createdAt: ZTimestamp,
}).meta({ id: 'SavedMapping' })

/** Exports: `format` on a list endpoint's export route. */
export const ZExportFormat = z.enum(['xlsx', 'csv'])
export type TExportFormat = z.infer<typeof ZExportFormat>
