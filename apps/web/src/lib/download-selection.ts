import type { TExportFormat } from '@cr/shared/imports/import-job'
import { apiBase } from './api-client'
import { toAcceptLanguage } from './language'
import { i18n } from './i18n'
import { networkProblem, parseRetryAfter, problemFromBody } from './problem'
import { saveFile } from './save-file'

/**
 * The file name of an attachment (`filename*=UTF-8''…`, RFC 6266/5987, else `filename="…"`),
 * or `fallback` when the header has none.
 */
export const attachmentFileName = (disposition: string | null, fallback: string): string => {
  if (!disposition) return fallback
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim())
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(disposition)
  const name = plain?.[1] ?? plain?.[2]?.trim()
  return name || fallback
}

/** What 导出所选 sends: the selected ids (at most 500), the list's sort, the format. */
export type TSelectionExport = { ids: string[]; sort?: string; format: TExportFormat }

/**
 * 导出所选: `POST /<list>/export` with the selected ids in the body (500 ids do not fit a URL),
 * then the answer saved as the browser saves any download, under the server's file name. A
 * refusal throws the problem, as every API call does. Loaded on click (dynamic import), so the
 * list pages do not carry it.
 */
export const downloadSelection = async (list: string, body: TSelectionExport) => {
  let response: Response
  try {
    response = await fetch(`${apiBase}/${list}/export`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': toAcceptLanguage(i18n.language ?? 'zh-CN'),
      },
      body: JSON.stringify(body),
    })
  } catch {
    throw networkProblem()
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null)
    throw problemFromBody(
      response.status,
      problem,
      parseRetryAfter(response.headers.get('retry-after')),
    )
  }
  const blob = await response.blob()
  const name = attachmentFileName(
    response.headers.get('content-disposition'),
    `${list}.${body.format}`,
  )
  saveFile(name, blob)
  return { name, size: blob.size }
}
