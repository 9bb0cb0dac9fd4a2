import { Alert, Modal, Table } from 'antd'
import { useTranslation } from 'react-i18next'
import { useTableCaption } from '@/components/ui/captioned-table'
import type { TPayoutChanges, TPayoutLineChange } from '../utils/payout-changes'
import { Money } from './payout-money'

export type TGenerated = { title: string; changes: TPayoutChanges; cases: number }

/** What generating did: a first roll's size, or the households added, removed or changed. */
export const PayoutChangesModal = ({
  generated,
  onClose,
}: {
  generated: TGenerated | null
  onClose: () => void
}) => {
  const { t } = useTranslation('subsidyRoll')
  const components = useTableCaption(t('changes.caption'))
  const changes = generated?.changes
  return (
    <Modal
      open={generated !== null}
      title={generated?.title}
      onCancel={onClose}
      onOk={onClose}
      okText={t('changes.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      destroyOnHidden
      width={560}
    >
      {changes && generated && (
        <>
          <p>
            {changes.first
              ? t('changes.first', { count: generated.cases })
              : changes.lines.length === 0
                ? t('changes.none')
                : t('changes.some', { count: changes.lines.length })}
          </p>
          <p>
            {t('changes.total')}{' '}
            {changes.totalBeforeFen !== null && (
              <>
                <Money fen={changes.totalBeforeFen} /> →{' '}
              </>
            )}
            <strong>
              <Money fen={changes.totalAfterFen} />
            </strong>{' '}
            {t('yuan')}
          </p>
          {changes.lines.length > 0 && (
            <Table<TPayoutLineChange>
              size="small"
              rowKey="caseId"
              components={components}
              pagination={false}
              dataSource={changes.lines}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'name', title: t('columns.head'), render: (_, r) => r.name },
                { key: 'kind', title: t('changes.kind'), render: (_, r) => t(`changes.${r.kind}`) },
                {
                  key: 'before',
                  title: t('changes.before'),
                  align: 'right',
                  render: (_, r) => (r.beforeFen === null ? '—' : <Money fen={r.beforeFen} />),
                },
                {
                  key: 'after',
                  title: t('changes.after'),
                  align: 'right',
                  render: (_, r) => (r.afterFen === null ? '—' : <Money fen={r.afterFen} />),
                },
              ]}
            />
          )}
          <Alert
            type="info"
            showIcon
            title={t('changes.checkThenLock')}
            style={{ marginTop: 12 }}
          />
        </>
      )}
    </Modal>
  )
}
