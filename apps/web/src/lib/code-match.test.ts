import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { describe, expect, it } from 'vitest'
import { compareCodeMatches, type TCodeOption } from './code-match'

const options: TCodeOption[] = relationshipTable.entries.map((e) => ({
  value: e.code,
  label: e.name,
}))

/** What the picker lists for `typed`, in order: the names containing it, sorted as the picker sorts. */
const listed = (typed: string) =>
  options
    .filter((o) => o.label.includes(typed) || o.value.includes(typed))
    .sort((a, b) => compareCodeMatches(a, b, typed))
    .map((o) => o.label)

describe('code-table picker order', () => {
  it('puts the exact name first: 女 + Enter is 女, not 女婿; 母 + Enter is 母亲, not 父母', () => {
    expect(listed('女')[0]).toBe('女')
    expect(listed('女').indexOf('女婿')).toBeGreaterThan(0)
    expect(listed('母')[0]).toBe('母亲')
    expect(listed('子')[0]).toBe('子')
  })

  it('then names starting with what was typed, then the rest, each in code order', () => {
    expect(listed('母').slice(0, 3)).toEqual(['母亲', '父母', '岳母'])
    expect(listed('长')).toEqual(['长子', '长女'])
  })

  it('matches a code typed in full first', () => {
    expect(listed('30')[0]).toBe('女')
  })
})
