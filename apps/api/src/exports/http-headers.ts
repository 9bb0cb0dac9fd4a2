import { type TExportFormat } from '@cr/shared/imports/import-job'

export const contentTypes: Record<TExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
}

/**
 * `Content-Disposition: attachment` for a file name in Chinese: `filename*` (RFC 5987/6266) for
 * browsers, which all read it, plus an ASCII `filename` for clients that do not (non-ASCII
 * characters become `_`, keeping the extension).
 */
export const attachmentDisposition = (fileName: string): string => {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  // encodeURIComponent leaves ' ( ) * ! unescaped, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
