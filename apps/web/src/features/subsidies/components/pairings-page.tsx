import { TeamOutlined } from '@ant-design/icons'
import { Button, Card, Col, Pagination, Row, Segmented, Space, Statistic } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { PageHeader } from '@/components/ui/page-header'
import { useCan } from '@/lib/auth'
import { usePairingRate, usePairings } from '../api/pairings'
import { PairingModal, type TPairingModal } from './pairing-forms'
import { PairingsTable } from './pairings-table'

const percent = (perMille: number | null) =>
  perMille === null ? '—' : `${(perMille / 10).toFixed(1)}%`

/** 结对率: cases in payment with an active helper, overall and per committee. */
const PairingRateCards = () => {
  const { t } = useTranslation('subsidies')
  const rate = usePairingRate()
  if (rate.isError) return <ProblemAlert error={rate.error} onReload={() => void rate.refetch()} />
  const r = rate.data
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={6}>
        <Card size="small" loading={rate.isPending} role="region" aria-label={t('pairing.rate')}>
          <Statistic title={t('pairing.rate')} value={percent(r?.total.perMille ?? null)} />
          <span className="text-secondary">
            {t('pairing.rateOf', { paired: r?.total.paired ?? 0, cases: r?.total.cases ?? 0 })}
          </span>
        </Card>
      </Col>
      {(r?.byCommittee ?? []).map((c) => (
        <Col xs={12} md={6} key={c.committee.id}>
          <Card size="small" role="region" aria-label={`${c.committee.name} ${t('pairing.rate')}`}>
            <Statistic title={c.committee.name} value={percent(c.perMille)} />
            <span className="text-secondary">
              {t('pairing.rateOf', { paired: c.paired, cases: c.cases })}
            </span>
          </Card>
        </Col>
      ))}
    </Row>
  )
}

/** 一助一 结对帮扶: the rate, then every pairing with its visits; a resident in hardship is paired here. */
export const PairingsPage = () => {
  const { t } = useTranslation('subsidies')
  const canWrite = useCan('subsidy:write')
  const [committeeId, setCommitteeId] = useState<string | undefined>()
  const [active, setActive] = useState<'active' | 'all'>('active')
  const [page, setPage] = useState(1)
  const query = usePairings({
    committeeId,
    active: active === 'active' ? true : undefined,
    page,
    size: 20,
  })
  const [modal, setModal] = useState<TPairingModal | null>(null)
  return (
    <>
      <PageHeader
        title={t('pairing.pageTitle')}
        description={t('pairing.pageDescription')}
        actions={
          canWrite && (
            <Button
              type="primary"
              icon={<TeamOutlined aria-hidden />}
              onClick={() => setModal({ kind: 'create' })}
            >
              {t('pairing.createForResident')}
            </Button>
          )
        }
      />
      <PairingRateCards />
      <Space wrap style={{ marginBottom: 12 }}>
        <CommitteeFilter
          label={t('list.committeeFilter')}
          value={committeeId}
          onChange={(v) => (setCommitteeId(v), setPage(1))}
        />
        <Segmented
          aria-label={t('pairing.activeFilter')}
          value={active}
          onChange={(v) => (setActive(v as 'active' | 'all'), setPage(1))}
          options={[
            { value: 'active', label: t('pairing.activeOnly') },
            { value: 'all', label: t('pairing.all') },
          ]}
        />
      </Space>
      {query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : (
        <Card size="small">
          <PairingsTable
            pairings={query.data?.items ?? []}
            loading={query.isPending}
            onOpen={setModal}
          />
          {(query.data?.total ?? 0) > 20 && (
            <Pagination
              style={{ marginTop: 12, textAlign: 'right' }}
              current={page}
              total={query.data?.total}
              pageSize={20}
              onChange={setPage}
              showSizeChanger={false}
            />
          )}
        </Card>
      )}
      <PairingModal modal={modal} onClose={() => setModal(null)} />
    </>
  )
}
