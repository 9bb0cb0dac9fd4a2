import type { TImportType } from '@cr/shared/imports/import-job'
import { apiBase } from '@/lib/api-client'
import { toQueryString } from '@/lib/query-string'

/**
 * Files the browser downloads itself (plain links: the session cookie goes along, and the
 * server names the file in Content-Disposition).
 */
export const importTemplateUrl = (type: TImportType) =>
  `${apiBase}/import-templates/${encodeURIComponent(type)}`

/**
 * The uploaded sheet with an added column that says what is wrong in each row: ID numbers
 * masked, or as uploaded with a reason (resident:reveal; the server records the reveal).
 */
export const importReportUrl = (id: string, reveal?: { reason: string }) =>
  `${apiBase}/imports/${encodeURIComponent(id)}/report${reveal ? toQueryString({ reveal: true, reason: reveal.reason }) : ''}`
