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

  it('names a party member by their resident, a dwelling by its address, a failed sign-in by its username', () => {
    expect(
      auditSubject({
        after: { resident: { id: 'r', name: '周桂芳' }, status: 'full' },
        before: null,
        entityId: 'x',
      }),
    ).toBe('周桂芳')
    expect(
      auditSubject({ after: { address: '胜利路3号楼502室' }, before: null, entityId: 'x' }),
    ).toBe('胜利路3号楼502室')
    expect(auditSubject({ after: { username: 'li.ming' }, before: null, entityId: null })).toBe(
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
