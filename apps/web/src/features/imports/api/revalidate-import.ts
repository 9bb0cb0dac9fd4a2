import type { z } from 'zod'
import type { ZImportValidate } from '@cr/shared/imports/import-job'
import { postJobAction, useJobAction } from './job-action'

export type TRevalidateImportInput = { id: string; data: z.input<typeof ZImportValidate> }

/** Checks the stored file again, e.g. with a corrected column mapping (202, queued). */
export const revalidateImport = ({ id, data }: TRevalidateImportInput) =>
  postJobAction(id, 'validate', data)

export const useRevalidateImport = () => useJobAction(revalidateImport)
