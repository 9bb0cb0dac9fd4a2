import type { z } from 'zod'
import type { ZImportCommit } from '@cr/shared/imports/import-job'
import { postJobAction, useJobAction } from './job-action'

export type TCommitImportInput = { id: string; data: z.input<typeof ZImportCommit> }

/** Writes a checked ledger (202, queued). An all-or-nothing commit with bad rows is refused
 * by the run: the job goes back to `validated` with `error.code` `import_rows_invalid`. */
export const commitImport = ({ id, data }: TCommitImportInput) => postJobAction(id, 'commit', data)

export const useCommitImport = () => useJobAction(commitImport)
