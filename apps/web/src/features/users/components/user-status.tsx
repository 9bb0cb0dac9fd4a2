import { Space, Tag, Tooltip } from 'antd'
import type { TUser } from '@cr/shared/users/user'
import dayjs from '@/lib/dayjs'
import { useTranslation } from 'react-i18next'
import { ActiveTag } from '@/components/ui/status-tag'
import { formatDateTime, isInFuture } from '@/lib/format'

/** Whether the account's last valid day (`expiresOn`, inclusive) is before today. */
export const isExpired = (
  expiresOn: string | null,
  today = dayjs().format('YYYY-MM-DD'),
): boolean => expiresOn !== null && expiresOn < today

/** 启用/停用 plus what stops a sign-in: locked (with until when), expired, password to change. */
export const UserStatus = ({ user }: { user: TUser }) => {
  const { t } = useTranslation('users')
  const locked = isInFuture(user.lockedUntil)
  return (
    <Space size={[0, 4]} wrap>
      <ActiveTag active={user.active} />
      {locked && (
        <Tooltip title={t('lockedUntil', { time: formatDateTime(user.lockedUntil) })}>
          <Tag color="red" tabIndex={0}>
            {t('status.locked')}
          </Tag>
        </Tooltip>
      )}
      {isExpired(user.expiresOn) && <Tag color="orange">{t('status.expired')}</Tag>}
      {user.mustChangePassword && <Tag color="gold">{t('status.mustChange')}</Tag>}
    </Space>
  )
}
