/**
 * Header cells as clerks write them: `*姓名` (required mark), `身份证号码（18位）`, `出生 日期`,
 * a line break inside the cell, full-width letters. Matching is exact on the normalised text —
 * never "contains", or `户主姓名` would be taken for `姓名`.
 */
export const normaliseHeader = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/^[*※★☆#]+|[*※★☆:：]+$/g, '')
    .toLowerCase()

/** The same without a bracketed hint: `身份证号码(18位)` → `身份证号码`. */
export const headerWithoutHint = (normalised: string): string =>
  normalised.replace(/[([【〔][^)\]】〕]*[)\]】〕]/g, '')
