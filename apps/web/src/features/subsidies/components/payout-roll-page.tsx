import { PrinterOutlined } from '@ant-design/icons'
import { Alert, Card, Descriptions, Skeleton, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { printMonth } from '@/components/print/print-format'
import { ButtonLink } from '@/components/ui/button-link'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { paths, recordPaths } from '@/config/paths'
import { formatDateTime } from '@/lib/format'
import { usePayout } from '../api/payout-queries'
import { PayoutActions } from './payout-actions'
import { PayoutLinesTable } from './payout-lines-table'
import { PayoutStateTag } from './payout-state-tag'

/** One committee's roll of a month: who generated and locked it, its lines and 合计, print. */
export const PayoutRollPage = ({ payoutId }: { payoutId: string }) => {
  const { t, i18n } = useTranslation('subsidyRoll')
  const query = usePayout(payoutId)
  const payout = query.data
  const title = payout
    ? t('roll.title', {
        committee: payout.committee.name,
        month: printMonth(payout.month, i18n.language),
      })
    : t('title')
  return (
    <>
      <PageBreadcrumb parent={paths.subsidyPayouts} current={payout ? title : undefined} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : query.isError ? (
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <PageHeader
            title={title}
            actions={
              <Space wrap>
                <PayoutActions
                  committee={query.data.committee}
                  month={query.data.month}
                  payoutId={query.data.id}
                  state={query.data.state}
                />
                <ButtonLink
                  to={recordPaths.subsidyPayoutPrint}
                  params={{ payoutId }}
                  icon={<PrinterOutlined aria-hidden />}
                >
                  {t('print.action')}
                </ButtonLink>
              </Space>
            }
          />
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={[
                {
                  key: 'state',
                  label: t('columns.state'),
                  children: <PayoutStateTag state={query.data.state} />,
                },
                {
                  key: 'generated',
                  label: t('roll.generated'),
                  children: `${formatDateTime(query.data.generatedAt)} · ${query.data.generatedBy}`,
                },
                {
                  key: 'locked',
                  label: t('roll.locked'),
                  children: query.data.lockedAt
                    ? `${formatDateTime(query.data.lockedAt)} · ${query.data.lockedBy ?? ''}`
                    : '—',
                },
              ]}
            />
            {query.data.state === 'locked' ? (
              <Alert
                type="success"
                showIcon
                title={t('roll.lockedNote')}
                style={{ marginTop: 8 }}
              />
            ) : (
              <Alert type="warning" showIcon title={t('roll.draftNote')} style={{ marginTop: 8 }} />
            )}
          </Card>
          <Card size="small">
            <PayoutLinesTable payout={query.data} />
          </Card>
        </>
      )}
    </>
  )
}
