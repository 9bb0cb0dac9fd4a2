import { Link } from '@tanstack/react-router'
import { Card, List, Skeleton, Space } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { recordPaths } from '@/config/paths'
import { ContractStatusTag } from './contract-status-tag'
import { useRentalPropertiesOf, useTemporaryResidentsOf } from './get-rentals-of'

/**
 * 暂住与出租 on a person's page: their temporary residence now (a link to its page) and the
 * dwellings they let as landlord (each a link to its rental page, with the contract's status).
 * Nothing is shown for a person who is neither.
 */
export const ResidentRentalsCard = ({ residentId }: { residentId: string }) => {
  const { t } = useTranslation('rentals')
  const headingId = useId()
  const stays = useTemporaryResidentsOf({ residentId })
  const lets = useRentalPropertiesOf({ landlordId: residentId })
  const pending = stays.isPending || lets.isPending
  const stay = stays.data?.items[0]
  const properties = lets.data?.items ?? []
  if (!pending && !stays.isError && !lets.isError && !stay && properties.length === 0) return null
  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="card-title">
            {t('sections.residentTitle')}
          </h2>
        }
      >
        {pending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <Space direction="vertical" size={8} style={{ width: '100%' }}>
            {stays.isError ? (
              <ProblemAlert error={stays.error} onReload={() => void stays.refetch()} />
            ) : stay ? (
              <Space size={8} wrap>
                <span>
                  {t('sections.temporaryHere', {
                    address: stay.dwelling.name,
                    since: stay.movedInOn,
                  })}
                </span>
                <Link to={recordPaths.temporaryResident} params={{ id: stay.id }}>
                  {t('sections.temporaryOpen')}
                </Link>
              </Space>
            ) : null}
            {lets.isError ? (
              <ProblemAlert error={lets.error} onReload={() => void lets.refetch()} />
            ) : properties.length > 0 ? (
              <List
                size="small"
                header={<strong>{t('sections.lets')}</strong>}
                dataSource={properties}
                renderItem={(p) => (
                  <List.Item key={p.id}>
                    <Space size={8} wrap>
                      <Link to={recordPaths.rentalProperty} params={{ propertyId: p.id }}>
                        {p.dwelling.name}
                      </Link>
                      {p.contract ? (
                        <ContractStatusTag status={p.contract.status} />
                      ) : (
                        <span className="text-secondary">{t('sections.noContract')}</span>
                      )}
                    </Space>
                  </List.Item>
                )}
              />
            ) : null}
          </Space>
        )}
      </Card>
    </section>
  )
}
