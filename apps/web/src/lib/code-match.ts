/**
 * The order of a code-table picker's matches for what the clerk typed: the entry named exactly
 * so first (女 → 女, not 女婿, which comes earlier in code order), then names that start with it,
 * then the rest, each group in the standard's code order. Enter picks the first, so the order
 * decides what is saved.
 */
export type TCodeOption = { value: string; label: string }

const rank = (option: TCodeOption, typed: string): number => {
  if (typed === '') return 3
  if (option.label === typed || option.value === typed) return 0
  if (option.label.startsWith(typed) || option.value.startsWith(typed)) return 1
  return 2
}

export const compareCodeMatches = (a: TCodeOption, b: TCodeOption, typed: string): number => {
  const t = typed.trim()
  return rank(a, t) - rank(b, t) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
}
