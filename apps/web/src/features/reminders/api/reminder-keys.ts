import { recordRoots } from '@/lib/record-keys'

/** Under the reminders' root, which the navigation's badge (its count) shares. */
export const reminderKeys = {
  all: recordRoots.reminders,
  list: (q: object) => [...recordRoots.reminders, 'list', q] as const,
}
