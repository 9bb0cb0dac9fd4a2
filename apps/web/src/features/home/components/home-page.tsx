import { Card, Col, Row, Typography } from 'antd'
import { roleLabels } from '@cr/shared/auth/roles'
import dayjs from '@/lib/dayjs'
import { useTranslation } from 'react-i18next'
import { KeyFigures } from '@/components/statistics/key-figures'
import { hasPermission, useMe } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { BackupWarning } from './backup-warning'
import { MyCommittees } from './my-committees'
import { Shortcuts } from './shortcuts'

/** Where a clerk lands: who they are, which committees they work for, where to go next. */
export const HomePage = () => {
  const { t, i18n } = useTranslation('home')
  const me = useMe()
  const date = dayjs().format(i18n.language === 'en' ? 'dddd, D MMMM YYYY' : 'YYYY年M月D日 dddd')
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('welcome', { name: me.user.displayName })}</h1>
          <Typography.Text type="secondary">
            {t('today', { date })} ·{' '}
            {t('role', { role: pickLabel(roleLabels[me.user.role], i18n.language) })}
          </Typography.Text>
        </div>
      </div>
      {hasPermission(me, 'settings:manage') && <BackupWarning />}
      {hasPermission(me, 'statistics:read') && <KeyFigures />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={<h2 className="card-title">{t('committeesTitle')}</h2>} size="small">
            <MyCommittees me={me} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={<h2 className="card-title">{t('shortcutsTitle')}</h2>} size="small">
            <Shortcuts me={me} />
          </Card>
        </Col>
      </Row>
    </>
  )
}
