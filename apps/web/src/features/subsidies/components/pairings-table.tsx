import { Link } from '@tanstack/react-router'
import { Button, Space, Table, Tag, type TableColumnsType } from 'antd'
import type { TPairing } from '@cr/shared/subsidies/pairing-record'
import { pairingVisitKindLabels } from '@cr/shared/subsidies/pairing-record'
import { useTranslation } from 'react-i18next'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import type { TPairingModal } from './pairing-forms'

type TProps = {
  pairings: TPairing[]
  loading: boolean
  /** Left out on a case's page, where every pairing is that case's. */
  showHelped?: boolean
  onOpen: (modal: TPairingModal) => void
}

/** 一助一: helper, whom they help, since when (ended or active), the last visit, and its actions. */
export const PairingsTable = ({ pairings, loading, showHelped = true, onOpen }: TProps) => {
  const { t, i18n } = useTranslation('subsidies')
  const canWrite = useCan('subsidy:write')
  const columns: TableColumnsType<TPairing> = [
    { key: 'helper', title: t('pairing.helper'), width: 100, render: (_, p) => p.helperName },
    ...(showHelped
      ? ([
          {
            key: 'helped',
            title: t('pairing.helped'),
            render: (_: unknown, p: TPairing) =>
              p.case ? (
                <Link to={recordPaths.subsidyCase} params={{ caseId: p.case.id }}>
                  {t('pairing.caseOf', { name: p.case.name })}
                </Link>
              ) : p.beneficiary ? (
                <Link to={recordPaths.resident} params={{ residentId: p.beneficiary.id }}>
                  {p.beneficiary.name}
                </Link>
              ) : (
                '—'
              ),
          },
          {
            key: 'committee',
            title: t('fields.committee'),
            width: 120,
            render: (_: unknown, p: TPairing) => p.committee.name,
          },
        ] as TableColumnsType<TPairing>)
      : []),
    {
      key: 'span',
      title: t('pairing.span'),
      width: 190,
      render: (_, p) => (
        <Space size={4} wrap>
          <span className="mono">
            {p.endedOn
              ? `${p.startedOn} – ${p.endedOn}`
              : t('pairing.since', { date: p.startedOn })}
          </span>
          <Tag color={p.active ? 'green' : 'default'}>
            {p.active ? t('pairing.active') : t('pairing.inactive')}
          </Tag>
        </Space>
      ),
    },
    {
      key: 'lastVisit',
      title: t('pairing.lastVisit'),
      render: (_, p) => {
        const last = p.visits.at(-1)
        return last ? (
          <span>
            <span className="mono">{last.on}</span>{' '}
            {pickLabel(pairingVisitKindLabels[last.kind], i18n.language)}：{last.note}
            <span className="text-secondary">
              {t('pairing.visitCount', { count: p.visits.length })}
            </span>
          </span>
        ) : (
          <span className="text-secondary">{t('pairing.noVisits')}</span>
        )
      },
    },
    ...(canWrite
      ? ([
          {
            key: 'actions',
            title: t('pairing.actions'),
            width: 170,
            render: (_: unknown, p: TPairing) =>
              p.endedOn ? null : (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => onOpen({ kind: 'visit', pairing: p })}
                  >
                    {t('pairing.visit')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => onOpen({ kind: 'end', pairing: p })}
                  >
                    {t('pairing.end')}
                  </Button>
                </Space>
              ),
          },
        ] as TableColumnsType<TPairing>)
      : []),
  ]
  return (
    <Table<TPairing>
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={pairings}
      locale={{ emptyText: t('pairing.empty') }}
    />
  )
}
