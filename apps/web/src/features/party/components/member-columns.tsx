import { Link } from '@tanstack/react-router'
import { Tag } from 'antd'
import type { TableColumnsType } from 'antd'
import { sexTable } from '@cr/shared/code-tables/sex'
import {
  memberCategoryLabels,
  memberStatusLabels,
  type TMemberStatus,
} from '@cr/shared/party/party-codes'
import type { TPartyMember } from '@cr/shared/party/party-member'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { recordPaths } from '@/config/paths'
import { formatDate } from '@/lib/format'
import { pickLabel } from '@/lib/language'
import { formatMonth } from '../utils/party-dates'

/** 预备 / 正式 as a short tag: the column is narrow and the header says what it is. */
export const MemberStatusTag = ({ status }: { status: TMemberStatus }) => {
  const { i18n } = useTranslation()
  const label = pickLabel(memberStatusLabels[status], i18n.language)
  return (
    <Tag color={status === 'full' ? 'red' : 'orange'} style={{ marginInlineEnd: 0 }}>
      {i18n.language.startsWith('en') ? label : label.replace('党员', '')}
    </Tag>
  )
}

export const buildMemberColumns = (
  t: TFunction<['party', 'common']>,
  language: string,
): TableColumnsType<TPartyMember> => [
  {
    key: 'name',
    title: t('members.columns.name'),
    fixed: 'left',
    width: 110,
    render: (_v, m) => (
      <Link
        to={recordPaths.partyMember}
        params={{ memberId: m.id }}
        onClick={(e) => e.stopPropagation()}
      >
        {m.resident.name}
      </Link>
    ),
  },
  {
    key: 'sex',
    title: t('members.columns.sex'),
    width: 60,
    render: (_v, m) => sexTable.nameOf(m.resident.sex) ?? '—',
  },
  { key: 'age', title: t('members.columns.age'), width: 60, render: (_v, m) => m.resident.age },
  {
    key: 'organization',
    title: t('members.columns.organization'),
    width: 150,
    ellipsis: true,
    render: (_v, m) => m.organization.name,
  },
  {
    key: 'status',
    title: t('members.columns.status'),
    width: 80,
    render: (_v, m) => (
      <>
        <MemberStatusTag status={m.status} />
        {m.lostContactOn && (
          <Tag color="default" style={{ marginInlineStart: 4 }}>
            {t('members.lostContact')}
          </Tag>
        )}
      </>
    ),
  },
  {
    key: 'category',
    title: t('members.columns.category'),
    width: 130,
    ellipsis: true,
    render: (_v, m) => pickLabel(memberCategoryLabels[m.category], language),
  },
  {
    key: 'joinedOn',
    title: t('members.columns.joinedOn'),
    width: 110,
    render: (_v, m) => <span className="mono">{formatDate(m.joinedOn)}</span>,
  },
  {
    key: 'fullMembershipOn',
    title: t('members.columns.fullMembershipOn'),
    width: 110,
    render: (_v, m) => <span className="mono">{formatDate(m.fullMembershipOn)}</span>,
  },
  {
    key: 'standing',
    title: t('members.columns.standing'),
    width: 70,
    render: (_v, m) =>
      m.partyStanding === null ? '—' : t('members.years', { count: m.partyStanding }),
  },
  {
    key: 'paidThrough',
    title: t('members.columns.paidThrough'),
    width: 100,
    render: (_v, m) => formatMonth(m.dues.paidThrough, language),
  },
]
