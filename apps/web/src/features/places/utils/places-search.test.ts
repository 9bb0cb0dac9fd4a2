import { describe, expect, it } from 'vitest'
import { ZPlacesSearch, searchOf, selectionOf } from './places-search'

const id = '0192f3a4-5b6c-7d8e-9f01-234567890abc'

describe('places search', () => {
  it('selects the most specific node and drops bad ids', () => {
    const search = ZPlacesSearch.parse({ committee: id, building: 'nope', dwelling: id })
    expect(search.building).toBeUndefined()
    expect(selectionOf(search)).toEqual({ kind: 'dwelling', id })
    expect(selectionOf({})).toEqual({ kind: 'none' })
  })

  it('writes one node back', () => {
    expect(searchOf({ kind: 'building', id })).toEqual({ building: id })
    expect(searchOf({ kind: 'none' })).toEqual({})
  })
})
