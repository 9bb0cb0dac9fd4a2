import { figureCatalog } from '@cr/shared/statistics/figure-catalog'
import { describe, expect, it } from 'vitest'
import { figureSources } from './figure-sources.ts'

/** The shared catalog (names, units) and the API's sources (how each is computed) agree. */
describe('the figure sources', () => {
  const computed = figureSources.flatMap((source) =>
    source.figures.map((figure) => ({ key: figure.key, module: source.module })),
  )

  it('compute every figure of the catalog, under its module, once', () => {
    expect(computed.map((f) => f.key).sort()).toEqual(figureCatalog.map((f) => f.key).sort())
    expect(new Set(computed.map((f) => f.key)).size).toBe(computed.length)
    for (const figure of computed)
      expect(figureCatalog.find((entry) => entry.key === figure.key)?.module).toBe(figure.module)
  })

  it('are listed in the report’s order, one source per module', () => {
    const order = ['party', 'registry', 'rentals', 'subsidies', 'patrol', 'co-building']
    const modules = figureSources.map((source) => source.module)
    expect(new Set(modules).size).toBe(modules.length)
    expect([...modules].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(modules)
  })
})
