import { describe, expect, it } from 'vitest'
import { printSelectionOf, printSelectionState } from './print-selection'

const id = (n: number) => `0190a6b2-0000-7000-8000-${String(n).padStart(12, '0')}`

describe('printSelectionOf', () => {
  it('reads back the selection its state carries', () => {
    const state = { key: 'abc', ...printSelectionState({ ids: [id(1), id(2)], sort: '-name' }) }
    expect(printSelectionOf(state)).toEqual({ ids: [id(1), id(2)], sort: '-name' })
    expect(printSelectionOf(printSelectionState({ ids: [id(3)] }))).toEqual({ ids: [id(3)] })
  })

  it('finds none in a state without one, or with ids the API would refuse', () => {
    expect(printSelectionOf(undefined)).toBeNull()
    expect(printSelectionOf({ key: 'abc' })).toBeNull()
    expect(printSelectionOf({ printSelection: { ids: [] } })).toBeNull()
    expect(printSelectionOf({ printSelection: { ids: ['x'] } })).toBeNull()
    const tooMany = Array.from({ length: 501 }, (_, n) => id(n))
    expect(printSelectionOf({ printSelection: { ids: tooMany } })).toBeNull()
    expect(printSelectionOf({ printSelection: { ids: tooMany.slice(0, 500) } })?.ids).toHaveLength(
      500,
    )
  })
})
