import { toHalfWidth } from '@cr/shared/validators/phone'
import { cellText, type TCell } from './cells.ts'
import { type TNormalised } from './ledger-type.ts'

type TTable = {
  entries: readonly { code: string; name: string }[]
  codeOf: (name: string) => string | undefined
}

/**
 * A coded field as ledgers write it: the name (`汉族`, `户主`), an alias (`本科`, `儿子`), or the
 * code itself (`01`; a number cell `1` for `01`). Names are looked up through the shared table,
 * so the ledger and the form accept the same words. An unknown word is refused with the shared
 * `code_unknown`, never mapped to `其他`.
 */
export const codeField = (
  table: TTable,
  aliases: Readonly<Record<string, string>> = {},
  options: { suffixes?: readonly string[] } = {},
) => {
  const codes = new Set(table.entries.map((e) => e.code))
  const width = Math.max(...table.entries.map((e) => e.code.length))
  // Names are compared in the form cells are brought to (half-width, NFKC, no spaces), so a
  // name with full-width brackets (退（离）休人员) matches however the cell writes them.
  const canonical = (text: string) =>
    toHalfWidth(text)
      .normalize('NFKC')
      .replace(/[\s\u3000]+/g, '')
  const byName = new Map<string, string>()
  for (const e of table.entries) byName.set(canonical(e.name), e.code)
  for (const [alias, code] of Object.entries(aliases)) byName.set(canonical(alias), code)
  return (cell: TCell): TNormalised<string> => {
    const text = canonical(cellText(cell))
    // Ledgers drop the suffix the standard's names carry (`汉` for `汉族`).
    const candidates = [text, ...(options.suffixes ?? []).map((s) => text + s)]
    for (const name of candidates) {
      const code = byName.get(name)
      if (code) return { ok: true, value: code }
    }
    if (/^\d+$/.test(text)) {
      const code = text.padStart(width, '0')
      if (codes.has(code)) return { ok: true, value: code }
    }
    return { ok: false, code: 'code_unknown' }
  }
}

/** A field whose values are an enum with Chinese labels (人口类别, 标签), not a national table. */
export const labelField = <V extends string>(
  labels: Readonly<Record<V, { zh: string }>>,
  aliases: Readonly<Record<string, V>> = {},
) => {
  const byName = new Map<string, V>()
  for (const [value, label] of Object.entries(labels) as [V, { zh: string }][]) {
    byName.set(label.zh, value)
    byName.set(value, value)
  }
  for (const [alias, value] of Object.entries(aliases) as [string, V][]) byName.set(alias, value)
  return (text: string): V | undefined => byName.get(text.replace(/[\s\u3000]+/g, ''))
}
