import { Link } from '@tanstack/react-router'
import { Tag, type TableColumnsType } from 'antd'
import { residenceReasonLabels } from '@cr/shared/rentals/rental-codes'
import type { TTemporaryResident } from '@cr/shared/rentals/temporary-resident'
import type { TFunction } from 'i18next'
import { recordPaths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { TimelinessTag } from './timeliness-tag'

type TOptions = { t: TFunction<['rentals', 'common']>; language: string }

const endorsementColors = { ok: 'default', due_soon: 'orange', overdue: 'red' } as const

/** 暂住人口 columns: the person (masked), 户籍地, where and since when, reason, declaration, 居住证. */
export const buildTemporaryResidentColumns = ({
  t,
  language,
}: TOptions): TableColumnsType<TTemporaryResident> => [
  {
    key: 'name',
    title: t('temporary.name'),
    width: 90,
    render: (_, r) => (
      <Link to={recordPaths.temporaryResident} params={{ id: r.id }}>
        {r.person.name}
      </Link>
    ),
  },
  {
    key: 'idNumber',
    title: t('temporary.idNumber'),
    width: 170,
    render: (_, r) => <span className="mono">{r.person.idNumberMasked}</span>,
  },
  {
    key: 'householdRegion',
    title: t('temporary.householdRegion'),
    width: 150,
    render: (_, r) => r.householdRegion ?? '—',
  },
  {
    key: 'lodging',
    title: t('temporary.lodging'),
    render: (_, r) =>
      r.property ? (
        <Link to={recordPaths.rentalProperty} params={{ propertyId: r.property.id }}>
          {r.dwelling.name}
        </Link>
      ) : (
        r.dwelling.name
      ),
  },
  { key: 'movedInOn', title: t('temporary.movedInOn'), width: 110, dataIndex: 'movedInOn' },
  {
    key: 'reason',
    title: t('temporary.reason'),
    width: 100,
    render: (_, r) => pickLabel(residenceReasonLabels[r.reason], language),
  },
  {
    key: 'employer',
    title: t('temporary.employer'),
    width: 140,
    render: (_, r) => r.employer ?? '—',
  },
  {
    key: 'declaredOn',
    title: t('temporary.declaredOn'),
    width: 110,
    render: (_, r) => r.declaredOn ?? '—',
  },
  {
    key: 'timeliness',
    title: t('temporary.timeliness'),
    width: 100,
    render: (_, r) => <TimelinessTag resident={r} />,
  },
  {
    key: 'permit',
    title: t('temporary.permit'),
    width: 150,
    render: (_, r) =>
      r.permit ? (
        <Tag color={endorsementColors[r.permit.endorsementState]}>
          {t('temporary.permitValue', { date: r.permit.endorsementDueOn })}
        </Tag>
      ) : (
        '—'
      ),
  },
  {
    key: 'actions',
    title: t('common:columns.actions'),
    width: 70,
    render: (_, r) => (
      <Link
        to={recordPaths.temporaryResident}
        params={{ id: r.id }}
        aria-label={t('tr.openFor', { name: r.person.name })}
      >
        {t('tr.open')}
      </Link>
    ),
  },
]
