import { describe, expect, it } from 'vitest'
import { ZReminderListQuery } from '@cr/shared/reminders/reminder'
import { figureModules } from '@cr/shared/statistics/statistics'
import {
  reminderModules,
  reminderSeverityFilters,
  reminderStateFilters,
  toReminderListQuery,
  ZRemindersSearch,
} from './reminder-search'

describe('the reminders centre’s URL search', () => {
  it('restates the contract’s values', () => {
    expect([...reminderModules]).toEqual([...figureModules])
    expect([...reminderSeverityFilters]).toEqual(ZReminderListQuery.shape.severity.unwrap().options)
    expect([...reminderStateFilters]).toEqual(ZReminderListQuery.shape.state.def.innerType.options)
  })

  it('drops bad values and asks for the open ones by default', () => {
    const search = ZRemindersSearch.parse({ module: 'nope', severity: 'high', page: 2 })
    expect(search).toEqual({ severity: 'high', page: 2 })
    expect(ZReminderListQuery.parse(toReminderListQuery(search))).toMatchObject({
      severity: 'high',
      state: 'open',
      page: 2,
      limit: 20,
    })
  })
})
