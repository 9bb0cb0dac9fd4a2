import { PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Skeleton, Space, Table } from 'antd'
import type { TRentalContract } from '@cr/shared/rentals/rental-contract'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { useTableCaption } from '@/components/ui/captioned-table'
import { recordPaths } from '@/config/paths'
import { usePropertyContracts } from '../api/get-property-contracts'
import { ContractStatusTag } from './contract-status-tag'
import type { TContractModal } from './contract-modals'

type TProps = {
  propertyId: string
  canWrite: boolean
  onOpen: (modal: TContractModal) => void
}

/**
 * The dwelling's 治安责任书, the latest signed first: number, dates, rent and status (derived on
 * the server's today), with 打印, and 续签 / 注销 on a contract still running.
 */
export const PropertyContracts = ({ propertyId, canWrite, onOpen }: TProps) => {
  const { t } = useTranslation(['rentals', 'common'])
  const query = usePropertyContracts(propertyId)
  const components = useTableCaption(t('page.contractsCaption'))
  const items = query.data?.items ?? []
  const running = (c: TRentalContract) => c.status !== 'cancelled' && !c.renewedBy
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('page.contracts')}</h2>}
      extra={
        canWrite && (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => onOpen({ kind: 'sign' })}
          >
            {t('contract.sign')}
          </Button>
        )
      }
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('page.contractsEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<TRentalContract>
          components={components}
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={items}
          columns={[
            {
              key: 'number',
              title: t('contract.number'),
              render: (_, c) => (
                <div>
                  <span className="mono">{c.number}</span>
                  {c.renews && (
                    <div className="text-secondary" style={{ fontSize: 12 }}>
                      {t('contract.renews', { number: c.renews.name })}
                    </div>
                  )}
                  {c.cancelledOn && (
                    <div className="text-secondary" style={{ fontSize: 12 }}>
                      {t('contract.cancelled', { date: c.cancelledOn, reason: c.cancelReason })}
                    </div>
                  )}
                </div>
              ),
            },
            { key: 'signedOn', title: t('contract.signedOn'), dataIndex: 'signedOn' },
            {
              key: 'lease',
              title: t('contract.lease'),
              render: (_, c) =>
                t('contract.leaseValue', { start: c.leaseStartsOn, end: c.leaseEndsOn }),
            },
            {
              key: 'rent',
              title: t('contract.monthlyRent'),
              align: 'right',
              render: (_, c) => c.monthlyRent ?? '—',
            },
            {
              key: 'status',
              title: t('contract.status'),
              render: (_, c) => <ContractStatusTag status={c.status} />,
            },
            {
              key: 'actions',
              title: t('common:columns.actions'),
              render: (_, c) => (
                <Space size={4} wrap>
                  <ButtonLink
                    size="small"
                    kind="link"
                    to={recordPaths.rentalContractPrint}
                    params={{ contractId: c.id }}
                    icon={<PrinterOutlined aria-hidden />}
                    aria-label={t('contract.printFor', { number: c.number })}
                  >
                    {t('contract.print')}
                  </ButtonLink>
                  {canWrite && running(c) && (
                    <>
                      <Button
                        size="small"
                        type="link"
                        aria-label={t('contract.renewFor', { number: c.number })}
                        onClick={() => onOpen({ kind: 'renew', contract: c })}
                      >
                        {t('contract.renew')}
                      </Button>
                      <Button
                        size="small"
                        type="link"
                        danger
                        aria-label={t('contract.cancelFor', { number: c.number })}
                        onClick={() => onOpen({ kind: 'cancel', contract: c })}
                      >
                        {t('contract.cancel')}
                      </Button>
                    </>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  )
}
