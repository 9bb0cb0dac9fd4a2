import { Link } from '@tanstack/react-router'
import { Space, Tag, type TableColumnsType } from 'antd'
import { rentalUseLabels } from '@cr/shared/rentals/rental-codes'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import type { TFunction } from 'i18next'
import { recordPaths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { ContractStatusTag } from './contract-status-tag'

type TOptions = { t: TFunction<['rentals', 'common']>; language: string }

/** The rented dwellings' columns: the address opens the dwelling's rental page. */
export const buildRentalPropertyColumns = ({
  t,
  language,
}: TOptions): TableColumnsType<TRentalProperty> => [
  {
    key: 'address',
    title: t('fields.address'),
    render: (_, p) => (
      <Link to={recordPaths.rentalProperty} params={{ propertyId: p.id }}>
        {p.dwelling.name}
      </Link>
    ),
  },
  {
    key: 'committee',
    title: t('fields.committee'),
    width: 130,
    render: (_, p) => p.committee.name,
  },
  {
    key: 'landlord',
    title: t('fields.landlord'),
    width: 130,
    render: (_, p) => p.landlord.name,
  },
  {
    key: 'use',
    title: t('fields.use'),
    width: 70,
    render: (_, p) => pickLabel(rentalUseLabels[p.use], language),
  },
  {
    key: 'occupants',
    title: t('fields.occupants'),
    width: 130,
    render: (_, p) => (
      <Space size={4} wrap>
        <span>
          {t('values.occupants', {
            count: p.occupantCount,
            allowed: p.allowedOccupants ?? t('values.none'),
          })}
        </span>
        {p.occupantsOverAllowed > 0 && (
          <Tag color="red">{t('values.over', { count: p.occupantsOverAllowed })}</Tag>
        )}
      </Space>
    ),
  },
  {
    key: 'contract',
    title: t('fields.contract'),
    width: 210,
    render: (_, p) =>
      p.contract ? (
        <Space size={4} wrap>
          <span className="mono">{p.contract.number}</span>
          <ContractStatusTag status={p.contract.status} />
        </Space>
      ) : (
        <Tag>{t('list.noContract')}</Tag>
      ),
  },
  {
    key: 'leaseEndsOn',
    title: t('fields.leaseEndsOn'),
    width: 110,
    render: (_, p) => p.contract?.leaseEndsOn ?? t('values.none'),
  },
  {
    key: 'actions',
    title: t('common:columns.actions'),
    width: 70,
    render: (_, p) => (
      <Link
        to={recordPaths.rentalProperty}
        params={{ propertyId: p.id }}
        aria-label={t('list.openFor', { name: p.dwelling.name })}
      >
        {t('list.open')}
      </Link>
    ),
  },
]
