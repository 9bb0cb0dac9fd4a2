import type { TFigure, TStatistics } from '@cr/shared/statistics/statistics'
import { describe, expect, it } from 'vitest'
import { inCatalogOrder } from './get-statistics'
import { pickKeyFigures } from './key-figures'

const figure = (key: string, module: TFigure['module']): TFigure => ({
  key,
  module,
  label: key,
  unit: 'count',
  value: 1,
  drillable: true,
  parts: [],
})

const statistics = (modules: TStatistics['modules']): TStatistics => ({
  asOf: '2026-11-30',
  from: '2026-01-01',
  committee: null,
  modules,
  byCommittee: [],
})

describe('the figures’ order and the home page’s key figures', () => {
  it('orders modules as the report does and figures as the catalog lists them', () => {
    const ordered = inCatalogOrder(
      [
        { module: 'patrol', recorded: true, figures: [figure('patrol.patrols', 'patrol')] },
        {
          module: 'registry',
          recorded: true,
          figures: [figure('registry.unknown', 'registry'), figure('registry.c', 'registry')],
        },
      ],
      ['registry.c', 'patrol.patrols'],
    )
    expect(ordered.map((m) => m.module)).toEqual(['registry', 'patrol'])
    expect(ordered[0]?.figures.map((f) => f.key)).toEqual(['registry.c', 'registry.unknown'])
  })

  it('picks the preferred figures the API sends, else the first of each module', () => {
    const some = statistics([
      {
        module: 'registry',
        recorded: true,
        figures: [
          figure('registry.buildings', 'registry'),
          figure('registry.residents', 'registry'),
        ],
      },
      { module: 'patrol', recorded: true, figures: [figure('patrol.patrols', 'patrol')] },
    ])
    expect(pickKeyFigures(some).map((f) => f.key)).toEqual(['registry.residents', 'patrol.patrols'])
    const none = statistics([
      { module: 'registry', recorded: true, figures: [figure('registry.buildings', 'registry')] },
    ])
    expect(pickKeyFigures(none).map((f) => f.key)).toEqual(['registry.buildings'])
  })
})
