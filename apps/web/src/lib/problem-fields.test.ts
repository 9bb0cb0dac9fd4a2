import { describe, expect, it } from 'vitest'
import { mapProblemToFields } from './problem-fields'

const fields = ['name', 'code', 'committeeIds'] as const

describe('mapProblemToFields', () => {
  it('puts body paths on the fields of the form', () => {
    const result = mapProblemToFields(
      [
        { path: 'name', code: 'committee_name_taken', message: '已有同名的居委会' },
        { path: 'code', code: 'too_small', message: '必填' },
      ],
      fields,
    )
    expect(result.fieldErrors).toEqual([
      { field: 'name', message: '已有同名的居委会' },
      { field: 'code', message: '必填' },
    ])
    expect(result.otherErrors).toEqual([])
  })

  it('shows an array item problem on the array field', () => {
    const result = mapProblemToFields(
      [{ path: 'committeeIds.0', code: 'committee_unknown', message: '居委会不存在' }],
      fields,
    )
    expect(result.fieldErrors).toEqual([{ field: 'committeeIds', message: '居委会不存在' }])
  })

  it('leaves query, header and unknown paths to the form-level alert', () => {
    const errors = [
      { path: 'query.limit', code: 'too_big', message: 'x' },
      { path: 'headers.idempotency-key', code: 'bad_request', message: 'y' },
      { path: 'somethingElse', code: 'custom', message: 'z' },
    ]
    const result = mapProblemToFields(errors, fields)
    expect(result.fieldErrors).toEqual([])
    expect(result.otherErrors).toEqual(errors)
  })

  it('keeps only the first message per field', () => {
    const result = mapProblemToFields(
      [
        { path: 'committeeIds.0', code: 'a', message: 'first' },
        { path: 'committeeIds.1', code: 'b', message: 'second' },
      ],
      fields,
    )
    expect(result.fieldErrors).toEqual([{ field: 'committeeIds', message: 'first' }])
  })
})
