import { describe, expect, it } from 'vitest'
import { activeNavPath } from './nav-items'

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
