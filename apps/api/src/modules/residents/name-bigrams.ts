/**
 * Overlapping character pairs of a name: 张三丰 → 张三, 三丰. Stored in `name_bigrams` with a GIN
 * index, they find any 2+ character fragment of a Chinese name by index (`@>`), which pg_trgm
 * cannot do for fragments under three characters (QUALITY.md 3). The exact LIKE is re-checked.
 */
export const nameBigrams = (name: string): string[] => {
  const chars = [...name.replace(/\s+/g, '')]
  if (chars.length < 2) return chars
  const pairs = new Set<string>()
  for (let i = 0; i < chars.length - 1; i++) pairs.add(chars[i]! + chars[i + 1]!)
  return [...pairs]
}
