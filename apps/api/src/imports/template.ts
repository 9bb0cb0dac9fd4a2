import ExcelJS from 'exceljs'
import { textWidth } from '../exports/text-width.ts'
import { EXPLANATION_MARK } from './body-rows.ts'
import { columnLetter } from './cells.ts'
import { type TFieldDef, type TLedgerType } from './ledger-type.ts'
import { idNumberCell } from './normalise-id-number.ts'
import { phoneText } from './normalise-text.ts'

/**
 * The import template a clerk downloads and fills in: the type's labels as the header, the
 * fields' hints in an explanation row below it (which the reader skips, see `EXPLANATION_MARK`),
 * drop-down lists for coded fields, and text format where Excel would mangle digits.
 */

/** The hidden sheet holding the drop-down lists. */
export const CHOICES_SHEET = '选项'
export const FIRST_DATA_ROW = 3
/** Drop-down lists reach this row; one range per column, so the size costs nothing. */
export const LAST_DATA_ROW = 5000

/**
 * Columns Excel would turn into numbers, losing data: an 18-digit ID number becomes
 * `3.70521E+17` (and its last 3 digits), a phone number loses the leading 0 of its area code.
 * Told by the field's normaliser so any type using them gets the same; the value is the width
 * their values need.
 */
const textColumnWidths = new Map<TFieldDef['normalise'], number>([
  [idNumberCell, 22],
  [phoneText, 16],
])

const headerFill: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
}
const hintFont: Partial<ExcelJS.Font> = { italic: true, size: 9, color: { argb: 'FF808080' } }
const HINT_LINE_HEIGHT = 12

// exceljs implements `dataValidations.add(range, …)` on worksheets but its typings omit it.
type TValidatedSheet = ExcelJS.Worksheet & {
  dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void }
}

const columnWidth = (field: TFieldDef): number =>
  Math.min(
    30,
    Math.max(
      10,
      textColumnWidths.get(field.normalise) ?? 0,
      textWidth(field.label) + 4,
      ...(field.choices ?? []).map((c) => textWidth(c) + 4),
    ),
  )

export const templateFileName = (type: { label: string }): string => `${type.label}导入模板.xlsx`

/**
 * The template workbook for a ledger type, as xlsx bytes (a few KB: small enough to build in
 * memory and send as a Buffer).
 */
export const writeTemplate = async <K extends string>(
  type: Pick<TLedgerType<K, unknown, unknown>, 'label' | 'fields'>,
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(type.label, {
    views: [{ state: 'frozen', ySplit: FIRST_DATA_ROW - 1 }],
  }) as TValidatedSheet
  const choicesSheet = workbook.addWorksheet(CHOICES_SHEET, { state: 'hidden' })

  const header = sheet.getRow(1)
  const hints = sheet.getRow(2)
  let hintLines = 1
  let choiceColumns = 0
  // One form of each column: fields another column already covers stay out (`template: false`).
  const fields = type.fields.filter((field) => field.template !== false)
  fields.forEach((field, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = columnWidth(field)
    if (textColumnWidths.has(field.normalise)) column.numFmt = '@'

    // `*姓名` still matches `姓名`: header matching drops a leading `*` (header-text.ts).
    const headerCell = header.getCell(i + 1)
    headerCell.value = field.requiredColumn ? `*${field.label}` : field.label
    headerCell.font = {
      bold: true,
      ...(field.requiredColumn ? { color: { argb: 'FFC00000' } } : {}),
    }
    headerCell.fill = headerFill
    headerCell.alignment = { vertical: 'middle', horizontal: 'center' }

    const hint = (i === 0 ? EXPLANATION_MARK : '') + (field.hint ?? '')
    const hintCell = hints.getCell(i + 1)
    hintCell.value = hint || null
    hintCell.font = hintFont
    hintCell.alignment = { wrapText: true, vertical: 'top' }
    hintLines = Math.max(hintLines, Math.ceil(textWidth(hint) / (column.width - 1)))

    if (field.choices?.length) {
      choiceColumns += 1
      const list = choicesSheet.getColumn(choiceColumns)
      list.values = [field.label, ...field.choices]
      const letter = columnLetter(choiceColumns - 1)
      const range = `'${CHOICES_SHEET}'!$${letter}$2:$${letter}$${field.choices.length + 1}`
      const target = columnLetter(i)
      sheet.dataValidations.add(`${target}${FIRST_DATA_ROW}:${target}${LAST_DATA_ROW}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        // A warning, not a refusal: the importer also accepts other spellings (党员, 退休…).
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: field.label,
        error: '不在下拉列表中。点“是”保留所填内容，导入时会再核对。',
      })
    }
  })
  // An explicit height shows the hints in full whether or not the viewer auto-fits wrapped text.
  hints.height = hintLines * HINT_LINE_HEIGHT + 4

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
