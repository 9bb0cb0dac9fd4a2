import { figureCatalog, figureEntry } from '@cr/shared/statistics/figure-catalog'
import { figureModules } from '@cr/shared/statistics/statistics'
import { describe, expect, it } from 'vitest'
import { figureSources } from './figure-sources.ts'

/** The shared catalog and the API's sources name the same figures, module by module. */
describe('the figure sources and the catalog', () => {
  const computed = figureSources.flatMap((source) =>
    source.figures.map((f) => ({ key: f.key, module: source.module })),
  )

  it('compute every figure a source’s module lists in the catalog, and no other', () => {
    for (const { key, module } of computed) expect(figureEntry(key)?.module, key).toBe(module)
    const sourced = new Set(figureSources.map((s) => s.module))
    expect(
      figureCatalog
        .filter((entry) => sourced.has(entry.module))
        .map((entry) => entry.key)
        .sort(),
    ).toEqual(computed.map((c) => c.key).sort())
  })

  it('keep each key once, and the sources in the report’s order', () => {
    expect(new Set(computed.map((c) => c.key)).size).toBe(computed.length)
    const order = figureSources.map((s) => figureModules.indexOf(s.module))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })
})
