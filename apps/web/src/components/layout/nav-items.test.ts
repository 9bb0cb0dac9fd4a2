import { describe, expect, it } from 'vitest'
import { activeNavPath, groupNavItems, navItems } from './nav-items'

describe('activeNavPath', () => {
  it('finds the item of a page and of its records', () => {
    expect(activeNavPath('/residents')).toBe('/residents')
    expect(activeNavPath('/residents/0192f3a4')).toBe('/residents')
    expect(activeNavPath('/households/0192f3a4')).toBe('/households')
    expect(activeNavPath('/households')).toBe('/households')
    expect(activeNavPath('/party')).toBe('/party')
    expect(activeNavPath('/party/members/0192f3a4')).toBe('/party/members')
    expect(activeNavPath('/party/transfers/0192f3a4/print')).toBe('/party')
    expect(activeNavPath('/somewhere')).toBe('/')
  })
})

describe('groupNavItems', () => {
  it('gathers a group under one heading where its first item stands, the rest in order', () => {
    const entries = groupNavItems(navItems)
    const group = entries.find((e) => e.kind === 'group')
    expect(group?.kind === 'group' && group.items.map((i) => i.to)).toEqual([
      '/subsidy-cases',
      '/subsidy-payouts',
      '/subsidy-reviews',
      '/pairings',
      '/assistance-cases',
      '/subsidy-standards',
    ])
    const patrol = entries.find((e) => e.kind === 'group' && e.group === 'patrol')
    expect(patrol?.kind === 'group' && patrol.items.map((i) => i.to)).toEqual([
      '/patrol-teams',
      '/patrol-routes',
      '/patrol-plans',
      '/patrol-roster',
      '/patrol-logs',
      '/patrol-follow-ups',
      '/patrol-figures',
      '/m/patrol',
    ])
    const flat = entries.flatMap((e) => (e.kind === 'item' ? [e.item] : e.items))
    expect(flat.map((i) => i.to)).toEqual(navItems.map((i) => i.to))
    expect(activeNavPath('/subsidy-payouts/0192f3a4/print')).toBe('/subsidy-payouts')
  })
})
