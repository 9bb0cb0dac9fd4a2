import { Link } from '@tanstack/react-router'
import { Empty } from 'antd'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { hasPermission, useMe } from '@/lib/auth'

/** No module holds a record yet: what the dashboard will show, and where records come from. */
export const DashboardEmpty = () => {
  const { t } = useTranslation('statistics')
  const me = useMe()
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      style={{ padding: '32px 0' }}
      description={
        <>
          <strong style={{ display: 'block', marginBottom: 4 }}>{t('dashboard.emptyTitle')}</strong>
          <span className="text-secondary">{t('dashboard.emptyHint')}</span>
        </>
      }
    >
      {hasPermission(me, 'import:run') && <Link to={paths.imports}>{t('dashboard.goImport')}</Link>}
    </Empty>
  )
}
