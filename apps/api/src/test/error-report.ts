import ExcelJS from 'exceljs'

/**
 * The error report's data rows (`GET /imports/:id/report`, or the file the CLI saved), keyed by
 * the report's headers (原行号, the sheet's own headers, 错误说明), every cell as text ('' when
 * empty).
 */
export const errorReportRows = async (
  content: Buffer | ArrayBuffer,
): Promise<Record<string, string>[]> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const rows: Record<string, string>[] = []
  sheet.eachRow((row, n) => {
    if (n === 1) return
    rows.push(
      Object.fromEntries(headers.map((h, i) => [h, String(row.getCell(i + 1).value ?? '')])),
    )
  })
  return rows
}

/** 错误说明 by the sheet's own row number (原行号): '' for a row without problems. */
export const errorReportNotes = async (content: Buffer | ArrayBuffer) =>
  new Map((await errorReportRows(content)).map((r) => [Number(r['原行号']), r['错误说明']!]))
