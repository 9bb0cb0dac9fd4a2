import { Link } from '@tanstack/react-router'
import { Card, Empty, List, Skeleton, Space } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { recordPaths } from '@/config/paths'
import { ContractStatusTag } from './contract-status-tag'
import { useRentalPropertiesOf, useTemporaryResidentsOf } from './get-rentals-of'

/**
 * 出租与暂住 on a dwelling's page: whether it is let (its rental page, the contract's status
 * today) and the temporary residents living there now (each a link to their page), rented or
 * staying with the household.
 */
export const DwellingRentalsCard = ({ dwellingId }: { dwellingId: string }) => {
  const { t } = useTranslation('rentals')
  const headingId = useId()
  const properties = useRentalPropertiesOf({ dwellingId })
  const residents = useTemporaryResidentsOf({ dwellingId })
  const property = properties.data?.items[0]
  const people = residents.data?.items ?? []
  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="card-title">
            {t('sections.dwellingTitle')}
          </h2>
        }
      >
        {properties.isPending ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : properties.isError ? (
          <ProblemAlert error={properties.error} onReload={() => void properties.refetch()} />
        ) : !property ? (
          <p className="text-secondary" style={{ marginTop: 0 }}>
            {t('sections.notLet')}
          </p>
        ) : (
          <Space direction="vertical" size={4} style={{ marginBottom: 12 }}>
            <Space size={8} wrap>
              <span>{t('sections.letTo', { landlord: property.landlord.name })}</span>
              <Link to={recordPaths.rentalProperty} params={{ propertyId: property.id }}>
                {t('sections.open')}
              </Link>
            </Space>
            {property.contract ? (
              <Space size={8} wrap>
                <ContractStatusTag status={property.contract.status} />
                <span className="mono">{property.contract.number}</span>
                <span className="text-secondary">
                  {t('fields.leaseEndsOn')} {property.contract.leaseEndsOn}
                </span>
              </Space>
            ) : (
              <span className="text-secondary">{t('sections.noContract')}</span>
            )}
          </Space>
        )}
        <h3 className="card-subtitle" style={{ fontSize: 14, margin: '8px 0' }}>
          {t('sections.residentsTitle')}
        </h3>
        {residents.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : residents.isError ? (
          <ProblemAlert error={residents.error} onReload={() => void residents.refetch()} />
        ) : people.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sections.residentsEmpty')} />
        ) : (
          <List
            size="small"
            dataSource={people}
            renderItem={(r) => (
              <List.Item key={r.id}>
                <Space size={8} wrap>
                  <Link to={recordPaths.temporaryResident} params={{ id: r.id }}>
                    {r.person.name}
                  </Link>
                  <span className="mono">{r.person.idNumberMasked}</span>
                  <span className="text-secondary">
                    {t('temporary.movedInOn')} {r.movedInOn}
                  </span>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </section>
  )
}
