import { z } from 'zod'
import { ZId } from './record.ts'

/** The most records one selection holds (a list's rows chosen across its pages). */
export const selectionLimit = 500

/** The records a clerk chose in a list: 1 to 500 ids (a repeated id counts once). */
export const ZSelectedIds = z
  .array(ZId)
  .min(1)
  .max(selectionLimit)
  .describe('The selected records, at most 500; one outside the caller’s scope makes it 404')

/**
 * 导出所选 / 打印所选: the selected ids in a body (500 UUIDs do not fit a URL) and the list's
 * sort (an export adds the file's format). The list's filters do not apply: the selection is
 * what the clerk chose.
 */
export const selectionBody = (sort: z.ZodType | undefined) =>
  z.object({ ids: ZSelectedIds, ...(sort ? { sort } : {}) })
