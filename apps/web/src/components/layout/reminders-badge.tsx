import { useQuery } from '@tanstack/react-query'
import { Badge } from 'antd'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { hasPermission, useMe } from '@/lib/auth'
import { recordRoots } from '@/lib/record-keys'

// The count's shape (`ZReminderCount`): its total is all the badge reads, and the contract's
// module stays out of the layout's chunk.
const ZCount = z.object({ total: z.number().int() })

/** Reminders fall due with the day and change with other modules' work: refreshed every 3 minutes. */
const refreshMs = 3 * 60_000

/**
 * The number of open reminders beside 提醒中心 in the navigation: under the reminders' root, so a
 * step in the reminders centre (标为已读, 暂缓, 恢复) refreshes it at once.
 */
export const RemindersBadge = () => {
  const { t } = useTranslation()
  const canRead = hasPermission(useMe(), 'reminder:read')
  const query = useQuery({
    queryKey: [...recordRoots.reminders, 'count'],
    queryFn: ({ signal }) => apiRequest('/reminders/count', { signal }, ZCount),
    enabled: canRead,
    refetchInterval: refreshMs,
  })
  const total = query.data?.total ?? 0
  if (!canRead || total === 0) return null
  // Beside the link, it must not take the link's clicks (on a phone's drawer it lies over it):
  // pointer-events is inherited, so the wrapper passes them through for the badge's every part.
  return (
    <span style={{ pointerEvents: 'none' }}>
      <Badge
        count={total}
        overflowCount={99}
        size="small"
        style={{ marginInlineStart: 8, boxShadow: 'none' }}
        title={t('nav.remindersBadge', { count: total })}
        aria-label={t('nav.remindersBadge', { count: total })}
      />
    </span>
  )
}
