import ExcelJS from 'exceljs'

/**
 * A ledger workbook laid out as offices keep them, for fixture tests: title and 填报单位 rows
 * merged across the sheet above the header, a header of one or two rows (a group title merged
 * over its columns, the other headers merged down both rows), then the data.
 */
export type TLedgerLayout = {
  sheetName?: string
  /** Rows above the header, each one text merged across the sheet (title, 填报单位…). */
  preamble: readonly string[]
  /**
   * One header row, or two: a group title (`家庭住址`) over its columns in the first row — `null`
   * in the columns it spans after its first — and their names in the second, `null` under a
   * header that spans both rows.
   */
  header: readonly (readonly (string | null)[])[]
  rows: readonly (readonly (string | number | Date | null)[])[]
  /** Rows below the data (合计, 制表人). */
  footer?: readonly string[]
}

const letter = (column: number) => String.fromCharCode(64 + column)

export const ledgerWorkbook = async (layout: TLedgerLayout): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(layout.sheetName ?? 'Sheet1')
  const width = Math.max(...layout.header.map((r) => r.length))
  let rowNumber = 0
  for (const text of layout.preamble) {
    rowNumber++
    sheet.getCell(`A${rowNumber}`).value = text
    sheet.mergeCells(`A${rowNumber}:${letter(width)}${rowNumber}`)
  }
  const [top, bottom] = layout.header
  const headerRow = rowNumber + 1
  top!.forEach((text, i) => {
    if (text !== null) sheet.getRow(headerRow).getCell(i + 1).value = text
  })
  if (bottom) {
    // A header alone in its column spans both rows; a group title spans its columns.
    top!.forEach((text, i) => {
      if (text === null) return
      if (bottom[i] === null) sheet.mergeCells(headerRow, i + 1, headerRow + 1, i + 1)
      else {
        let end = i
        while (end + 1 < width && top![end + 1] === null) end++
        if (end > i) sheet.mergeCells(headerRow, i + 1, headerRow, end + 1)
      }
    })
    bottom.forEach((text, i) => {
      if (text !== null) sheet.getRow(headerRow + 1).getCell(i + 1).value = text
    })
  }
  rowNumber = headerRow + layout.header.length - 1
  for (const row of layout.rows) {
    rowNumber++
    row.forEach((value, i) => {
      if (value === null) return
      const cell = sheet.getRow(rowNumber).getCell(i + 1)
      cell.value = value
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd'
    })
  }
  for (const text of layout.footer ?? []) {
    rowNumber++
    sheet.getCell(`A${rowNumber}`).value = text
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
