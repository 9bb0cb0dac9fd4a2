import { describe, expect, it } from 'vitest'
import { auditSubject } from './audit-subject.ts'

describe('auditSubject', () => {
  it('prefers the name in the snapshot after the change, then before it', () => {
    expect(
      auditSubject({ after: { name: '胜利居委会' }, before: { name: '旧名' }, entityId: 'x' }),
    ).toBe('胜利居委会')
    expect(auditSubject({ after: null, before: { username: 'li.ming' }, entityId: 'x' })).toBe(
      'li.ming',
    )
  })

  it('falls back to the distinctive end of the id', () => {
    expect(
      auditSubject({ after: null, before: null, entityId: '01a21c72-6291-737e-bf5d-2e00ea14c994' }),
    ).toBe('…ea14c994')
    expect(auditSubject({ after: {}, before: null, entityId: null })).toBeNull()
  })
})
