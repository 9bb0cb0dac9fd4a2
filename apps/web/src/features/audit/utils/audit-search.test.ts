import { ZAuditEventListQuery } from '@cr/shared/audit/audit-event'
import { describe, expect, it } from 'vitest'
import { ZAuditSearch, isAuditSearchFiltered, toAuditListQuery } from './audit-search'

const actorId = '01a2464b-668a-762c-bf1d-e1be529aff9d'

describe('audit log search', () => {
  it('keeps 类别, 操作人 and the other filters in the URL, bad values dropped', () => {
    expect(
      ZAuditSearch.parse({ category: 'account', actorId, action: 'login', from: '2026-11-01' }),
    ).toEqual({ category: 'account', actorId, action: 'login', from: '2026-11-01' })
    const bad = ZAuditSearch.parse({ category: 'logins', actorId: 'admin', to: '2026-13-01' })
    expect(bad).toEqual({})
    expect(isAuditSearchFiltered(bad)).toBe(false)
  })

  it('produces a query the API schema accepts, in pages of 50', () => {
    const search = ZAuditSearch.parse({ category: 'change', actorId, entityType: 'resident' })
    expect(isAuditSearchFiltered(search)).toBe(true)
    expect(ZAuditEventListQuery.parse(toAuditListQuery(search, 'c1'))).toMatchObject({
      category: 'change',
      actorId,
      entityType: 'resident',
      limit: 50,
      cursor: 'c1',
    })
  })
})
