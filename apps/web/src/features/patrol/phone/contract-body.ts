import type { z } from 'zod'
import { localizeSharedMessage } from '@/lib/zod-errors'
import { localIdPrefix, type TQueueItem } from './offline-queue'

// Any id will do for the check: the queue puts the server's in its place before sending.
const standIn = '00000000-0000-4000-8000-000000000000'

const withStandIns = (value: unknown): unknown => {
  if (typeof value === 'string') return value.startsWith(localIdPrefix) ? standIn : value
  if (Array.isArray(value)) return value.map(withStandIns)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withStandIns(v)]))
  return value
}

/**
 * A body the phone queues, checked first with the shared contract the API checks it with
 * (`packages/shared/src/patrol/patrol-log.ts`): what the API would refuse is said on the phone
 * at once, not parked in the queue to fail when the signal returns. A log or photo made offline
 * is named by its local id, which stands in as an id for the check. The value is queued as typed
 * (the API reads it with the same schema).
 */
export const contractBody = <S extends z.ZodType>(
  schema: S,
  value: z.input<S>,
): { body: TQueueItem['body'] } | { error: string } => {
  const checked = schema.safeParse(withStandIns(value))
  if (checked.success) return { body: { kind: 'json', value } }
  return { error: localizeSharedMessage(checked.error.issues[0]?.message ?? '', 'zh') }
}
