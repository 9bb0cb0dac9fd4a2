/**
 * A small seeded PRNG (mulberry32) with the helpers demo data needs. The same seed gives the
 * same sequence on every machine, so a demo community can be reproduced from its seed number.
 * Not for anything secret: use node:crypto for that.
 * @see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c (mulberry32)
 */
export type TRandom = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  /** True with probability p. */
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** Picks by weight: `[[value, weight], …]`. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T
  /** A fresh generator derived from this one and a label, so sections do not shift each other. */
  fork: (label: string) => TRandom
}

const hashString = (value: string): number => {
  let h = 2166136261
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 16777619)
  return h >>> 0
}

export const createRandom = (seed: number | string): TRandom => {
  let state = (typeof seed === 'number' ? seed : hashString(seed)) >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0)
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      return entries[entries.length - 1]![0]
    },
    fork: (label) => createRandom((hashString(label) ^ Math.floor(next() * 4294967296)) >>> 0),
  }
}

/** `'01:985 03:9'` → `[['01', 985], ['03', 9]]`: weight tables written compactly. */
export const weights = (spec: string): readonly (readonly [string, number])[] =>
  spec.split(' ').map((entry) => {
    const [value, weight] = entry.split(':')
    return [value!, Number(weight)] as const
  })
