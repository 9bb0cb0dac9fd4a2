import { Alert } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ZBackupList } from '@cr/shared/backups/backups'
import { paths } from '@/config/paths'
import { apiRequest } from '@/lib/api-client'
import { formatDateTime } from '@/lib/format'

/** For administrators: the last good backup is older than the schedule allows (or there is none). */
export const BackupWarning = () => {
  const { t } = useTranslation('home')
  // The same key as the backups page: making a backup there clears this warning.
  const query = useQuery({
    queryKey: ['backups'],
    queryFn: ({ signal }) => apiRequest('/backups', { signal }, ZBackupList),
  })
  if (!query.data?.overdue) return null
  const last = query.data.lastGoodAt
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      message={last ? t('backupLate', { at: formatDateTime(last) }) : t('backupNone')}
      action={<Link to={paths.backups}>{t('backupOpen')}</Link>}
    />
  )
}
