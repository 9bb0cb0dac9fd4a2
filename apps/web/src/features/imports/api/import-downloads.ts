import type { TImportType } from '@cr/shared/imports/import-job'
import { apiBase } from '@/lib/api-client'

/**
 * Files the browser downloads itself (plain links: the session cookie goes along, and the
 * server names the file in Content-Disposition).
 */
export const importTemplateUrl = (type: TImportType) =>
  `${apiBase}/import-templates/${encodeURIComponent(type)}`

/** The uploaded sheet with an added column that says what is wrong in each row. */
export const importReportUrl = (id: string) => `${apiBase}/imports/${encodeURIComponent(id)}/report`
