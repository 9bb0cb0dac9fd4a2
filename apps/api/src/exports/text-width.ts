/**
 * How wide text shows in a spreadsheet column, in Excel's width units (one Latin character):
 * CJK and full-width characters take two, so `身份证号` needs 8.
 */
export const textWidth = (text: string): number => {
  let width = 0
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1
  return width
}
