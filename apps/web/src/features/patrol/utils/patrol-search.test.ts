import { describe, expect, it } from 'vitest'
import { incidentTypes } from '@cr/shared/patrol/patrol-codes'
import { ZPatrolFollowUpListQuery, followUpStates } from '@cr/shared/patrol/patrol-follow-up'
import { ZPatrolLogListQuery } from '@cr/shared/patrol/patrol-log'
import { toFollowUpListQuery } from './follow-up-query'
import { ZFollowUpsSearch, followUpSorts, followUpStateFilters } from './follow-up-search'
import { toPatrolLogListQuery } from './patrol-log-query'
import { ZPatrolLogsSearch, incidentTypeFilters, patrolLogSorts } from './patrol-log-search'

describe('the patrol register and follow-ups list searches', () => {
  it('offer exactly the contract’s finding types, states and sorts', () => {
    expect([...incidentTypeFilters]).toEqual([...incidentTypes])
    expect([...followUpStateFilters]).toEqual([...followUpStates])
    for (const sort of patrolLogSorts)
      expect(ZPatrolLogListQuery.safeParse({ sort }).success).toBe(true)
    for (const sort of followUpSorts)
      expect(ZPatrolFollowUpListQuery.safeParse({ sort }).success).toBe(true)
  })

  it('drop bad values from the URL and give the API queries it accepts', () => {
    const logs = ZPatrolLogsSearch.parse({
      from: '2026-03-01',
      to: 'soon',
      incidentType: 'fire_hazard',
      questioned: false,
      followUpOpen: true,
      sort: 'team',
    })
    expect(logs).toMatchObject({ to: undefined, sort: '-date' })
    expect(ZPatrolLogListQuery.parse(toPatrolLogListQuery(logs))).toMatchObject({
      from: '2026-03-01',
      incidentType: 'fire_hazard',
      questioned: false,
      followUpOpen: true,
    })
    const followUps = ZFollowUpsSearch.parse({ state: 'overdue', sort: '-openedOn', page: 0 })
    expect(followUps).toMatchObject({ state: 'overdue', sort: '-openedOn', page: undefined })
    expect(ZPatrolFollowUpListQuery.parse(toFollowUpListQuery(followUps))).toMatchObject({
      state: 'overdue',
      page: 1,
    })
  })
})
