import { Alert, Button, Card, Modal, Skeleton, Table, Tag, type TableColumnsType } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import {
  assistanceFundEntryKindLabels,
  type TAssistanceFund,
} from '@cr/shared/subsidies/assistance-case'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { useAssistanceFund } from '../api/assistance-cases'
import { AssistanceDepositForm } from './assistance-deposit-form'

type TEntry = TAssistanceFund['entries'][number]

/**
 * 备用金: each committee's balance in the user's scope and the latest entries; supervisors
 * deposit (拨入) here. Payments appear as a case is paid.
 */
export const AssistanceFundCard = ({ committeeId }: { committeeId?: string | undefined }) => {
  const { t, i18n } = useTranslation(['assistance', 'common'])
  const canDeposit = useCan('subsidy:approve')
  const query = useAssistanceFund()
  const [depositing, setDepositing] = useState(false)
  const columns: TableColumnsType<TEntry> = [
    { key: 'on', title: t('fund.entryOn'), dataIndex: 'on', width: 110 },
    { key: 'committee', title: t('fund.committee'), render: (_, e) => e.committee.name },
    {
      key: 'kind',
      title: t('fund.entryKind'),
      width: 80,
      render: (_, e) => (
        <Tag color={e.kind === 'deposit' ? 'green' : 'orange'}>
          {pickLabel(assistanceFundEntryKindLabels[e.kind], i18n.language)}
        </Tag>
      ),
    },
    {
      key: 'fen',
      title: t('fund.entryAmount'),
      align: 'right',
      width: 130,
      render: (_, e) => <span className="mono">{formatYuan(e.fen)}</span>,
    },
    { key: 'case', title: t('fund.entryCase'), render: (_, e) => e.case?.name ?? e.note ?? '—' },
    { key: 'by', title: t('fund.entryBy'), dataIndex: 'recordedBy', width: 100 },
  ]
  return (
    <Card
      title={t('fund.title')}
      style={{ marginBottom: 16 }}
      extra={
        canDeposit && (
          <Button type="primary" ghost onClick={() => setDepositing(true)}>
            {t('fund.deposit')}
          </Button>
        )
      }
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : query.isError ? (
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.funds.length === 0 ? (
        <Alert type="info" showIcon title={t('fund.none')} />
      ) : (
        <>
          <dl aria-label={t('fund.balance')} style={{ margin: '0 0 12px' }}>
            {query.data.funds.map((f) => (
              <div key={f.committee.id} style={{ display: 'inline-block', marginRight: 32 }}>
                <dt className="text-secondary">{f.committee.name}</dt>
                <dd
                  className="mono"
                  style={{ fontSize: 20, margin: 0 }}
                  data-testid={`fund-balance-${f.committee.id}`}
                >
                  ¥{formatYuan(f.balanceFen)}
                </dd>
              </div>
            ))}
          </dl>
          <Table<TEntry>
            size="small"
            rowKey="id"
            caption={<span className="visually-hidden">{t('fund.entriesCaption')}</span>}
            columns={columns}
            dataSource={query.data.entries}
            pagination={{ pageSize: 5, hideOnSinglePage: true, size: 'small' }}
            locale={{ emptyText: t('fund.noEntries') }}
          />
        </>
      )}
      <Modal
        open={depositing}
        title={t('fund.depositTitle')}
        onCancel={() => setDepositing(false)}
        footer={null}
        destroyOnHidden
        width={480}
      >
        {depositing && (
          <AssistanceDepositForm
            title={t('fund.depositTitle')}
            committeeId={committeeId}
            onDone={() => setDepositing(false)}
          />
        )}
      </Modal>
    </Card>
  )
}
