import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ZReminderChanged, type TReminderSnooze } from '@cr/shared/reminders/reminder'
import { apiRequest } from '@/lib/api-client'
import { reminderKeys } from './reminder-keys'

// Each step changes the list and the navigation's count: the whole root is refreshed.
const useStep = <TInput, TOutput>(send: (input: TInput) => Promise<TOutput>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reminderKeys.all }),
  })
}

/** 标为已读 of the selected reminders. */
export const useMarkSeen = () =>
  useStep((keys: string[]) =>
    apiRequest('/reminders/seen', { method: 'POST', body: { keys } }, ZReminderChanged),
  )

/** 暂缓 until a day, with a reason. */
export const useSnoozeReminder = () =>
  useStep(({ data, idempotencyKey }: { data: TReminderSnooze; idempotencyKey: string }) =>
    apiRequest(
      '/reminders/snooze',
      { method: 'POST', body: data, idempotencyKey },
      ZReminderChanged,
    ),
  )

/** 恢复: open again. */
export const useReopenReminder = () =>
  useStep((key: string) =>
    apiRequest('/reminders/reopen', { method: 'POST', body: { key } }, ZReminderChanged),
  )
