import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { ZReminderPage } from '@cr/shared/reminders/reminder'
import { apiRequest } from '@/lib/api-client'
import { toReminderListQuery, type TRemindersSearch } from '../utils/reminder-search'
import { reminderKeys } from './reminder-keys'

/** One numbered page of today's reminders; the previous page stays while the next loads. */
export const useReminders = (search: TRemindersSearch) =>
  useQuery({
    queryKey: reminderKeys.list(search),
    queryFn: ({ signal }) =>
      apiRequest('/reminders', { query: toReminderListQuery(search), signal }, ZReminderPage),
    placeholderData: keepPreviousData,
  })
