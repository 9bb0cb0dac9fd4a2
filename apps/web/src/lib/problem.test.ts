import { describe, expect, it } from 'vitest'
import { parseRetryAfter, problemFromBody } from './problem'
import { problemKindOf } from './problem-kind'

describe('problemFromBody', () => {
  it('reads an RFC 9457 problem document', () => {
    const error = problemFromBody(
      412,
      {
        type: '/problems/precondition_failed',
        title: '记录已被他人修改',
        status: 412,
        code: 'precondition_failed',
        requestId: 'req-1',
      },
      undefined,
    )
    expect(error).toMatchObject({
      status: 412,
      code: 'precondition_failed',
      requestId: 'req-1',
      errors: [],
    })
    expect(problemKindOf(error)).toBe('stale')
  })

  it('turns a non-problem failure (a proxy page) into a generic server problem', () => {
    const error = problemFromBody(502, null)
    expect(error.code).toBe('internal_error')
    expect(problemKindOf(error)).toBe('unavailable')
    expect(problemKindOf(problemFromBody(500, '<html>'))).toBe('server')
  })

  it('maps statuses to the screens the app has', () => {
    const kind = (status: number) => problemKindOf(problemFromBody(status, null))
    expect([kind(403), kind(404), kind(428), kind(503), kind(409)]).toEqual([
      'forbidden',
      'notFound',
      'preconditionRequired',
      'unavailable',
      'generic',
    ])
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120)
    expect(parseRetryAfter(null)).toBeUndefined()
    const now = Date.parse('2026-11-27T08:00:00Z')
    expect(parseRetryAfter('Fri, 27 Nov 2026 08:05:00 GMT', now)).toBe(300)
    expect(parseRetryAfter('soon')).toBeUndefined()
  })
})
