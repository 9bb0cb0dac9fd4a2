import { Alert, Card, Skeleton, Table, Tag } from 'antd'
import type { TSubsidyStandard } from '@cr/shared/subsidies/subsidy-standard'
import { standardFor } from '@cr/shared/subsidies/subsidy-standard'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { printMonth } from '@/components/print/print-format'
import { useTableCaption } from '@/components/ui/captioned-table'
import { PageHeader } from '@/components/ui/page-header'
import { useCan } from '@/lib/auth'
import { useStandards } from '../api/standard-queries'
import { currentPayoutMonth } from '../utils/payout-search'
import { Money } from './payout-money'
import { StandardForm } from './standard-form'

/**
 * 低保标准: the dated standard and floor per person a month, newest first with the one in force
 * marked; administrators set a new one from a month (it never changes the months before it).
 */
export const StandardsPage = () => {
  const { t, i18n } = useTranslation('subsidyRoll')
  const canEdit = useCan('settings:manage')
  const query = useStandards()
  const components = useTableCaption(t('standards.caption'))
  const inForce = query.data ? standardFor(currentPayoutMonth(), query.data.items) : null
  const rows = query.data ? [...query.data.items].reverse() : []
  return (
    <>
      <PageHeader title={t('standards.title')} description={t('standards.description')} />
      <Alert type="info" showIcon title={t('standards.note')} style={{ marginBottom: 16 }} />
      {canEdit && (
        <Card
          size="small"
          title={<h2 className="card-title">{t('standards.formTitle')}</h2>}
          style={{ marginBottom: 16 }}
        >
          <StandardForm />
        </Card>
      )}
      <Card size="small" title={<h2 className="card-title">{t('standards.history')}</h2>}>
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : query.isError ? (
          <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<TSubsidyStandard>
            rowKey="effectiveMonth"
            size="small"
            components={components}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('standards.empty') }}
            columns={[
              {
                key: 'month',
                title: t('standards.from'),
                render: (_, s) => (
                  <>
                    {printMonth(s.effectiveMonth, i18n.language)}{' '}
                    {inForce?.effectiveMonth === s.effectiveMonth && (
                      <Tag color="green">{t('standards.inForce')}</Tag>
                    )}
                  </>
                ),
              },
              {
                key: 'standard',
                title: t('standards.standardColumn'),
                align: 'right',
                render: (_, s) => <Money fen={s.standardFen} />,
              },
              {
                key: 'floor',
                title: t('standards.floorColumn'),
                align: 'right',
                render: (_, s) =>
                  s.floorFen === 0 ? t('standards.noFloor') : <Money fen={s.floorFen} />,
              },
            ]}
          />
        )}
      </Card>
    </>
  )
}
