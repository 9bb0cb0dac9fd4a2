import { z } from 'zod'

/** One entry of a national code table: the code as the standard writes it, and its name. */
export type TCodeEntry = { readonly code: string; readonly name: string }

/**
 * A code table: the entries, a lookup by code and by name (ledgers write names, the database
 * stores codes), and a zod enum of the codes so an unknown code is refused with the table named.
 */
export const defineCodeTable = <const E extends readonly TCodeEntry[]>(
  standard: string,
  entries: E,
) => {
  const codes = entries.map((e) => e.code) as unknown as [E[number]['code'], ...E[number]['code'][]]
  const byCode = new Map(entries.map((e) => [e.code, e]))
  const byName = new Map(entries.map((e) => [e.name, e]))
  return {
    standard,
    entries,
    schema: z
      .enum(codes)
      .describe(`${standard}: ${entries.map((e) => `${e.code} ${e.name}`).join(', ')}`),
    nameOf: (code: string) => byCode.get(code as E[number]['code'])?.name,
    codeOf: (name: string) => byName.get(name.trim())?.code,
  }
}
