import { SettingOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Alert, Card, DatePicker, Skeleton, Space, Table } from 'antd'
import type { TRef } from '@cr/shared/common/record'
import dayjs from '@/lib/dayjs'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { ZPayoutTotals, ZSubsidyPayoutSummary } from '@cr/shared/subsidies/subsidy-payout'
import { ProblemResult } from '@/components/errors/problem-result'
import { ButtonLink } from '@/components/ui/button-link'
import { useTableCaption } from '@/components/ui/captioned-table'
import { PageHeader } from '@/components/ui/page-header'
import { paths, recordPaths } from '@/config/paths'
import { useMe } from '@/lib/auth'
import { usePayoutSummary } from '../api/payout-queries'
import { currentPayoutMonth, type TPayoutSearch } from '../utils/payout-search'
import { PayoutActions } from './payout-actions'
import { Money } from './payout-money'
import { PayoutStateTag } from './payout-state-tag'

type TSummary = z.output<typeof ZSubsidyPayoutSummary>
type TTotals = z.output<typeof ZPayoutTotals>
type TRow = {
  committee: TRef
  payoutId: string | null
  state: TSummary['byCommittee'][number]['state'] | null
  totals: TTotals | null
}

/** Every committee in scope, with its roll of the month where there is one. */
const rowsOf = (committees: readonly TRef[], summary: TSummary): TRow[] => {
  const rolls = new Map(summary.byCommittee.map((r) => [r.committee.id, r]))
  const listed = committees.map((committee) => {
    const roll = rolls.get(committee.id)
    return roll
      ? { committee, payoutId: roll.payoutId, state: roll.state, totals: roll.totals }
      : { committee, payoutId: null, state: null, totals: null }
  })
  // A roll of a committee no longer active still counts in the month's totals.
  const extra = summary.byCommittee
    .filter((r) => !committees.some((c) => c.id === r.committee.id))
    .map((r) => ({
      committee: r.committee,
      payoutId: r.payoutId,
      state: r.state,
      totals: r.totals,
    }))
  return [...listed, ...extra]
}

const count = (totals: TTotals | null, pick: (t: TTotals) => number) =>
  totals ? pick(totals) : '—'
const money = (totals: TTotals | null, pick: (t: TTotals) => number) =>
  totals ? <Money fen={pick(totals)} /> : '—'

/**
 * 发放花名册: a month's roll of each committee — households, covered people, the month's
 * amount, corrections and the total to the 分, with 合计 — and the steps on each roll.
 */
export const PayoutRollsPage = ({
  search,
  onSearchChange,
}: {
  search: TPayoutSearch
  onSearchChange: (next: TPayoutSearch) => void
}) => {
  const { t } = useTranslation(['subsidyRoll', 'common'])
  const me = useMe()
  const thisMonth = currentPayoutMonth()
  const month = search.month ?? thisMonth
  const query = usePayoutSummary(month)
  const components = useTableCaption(t('summary.caption'))
  const columns = [
    {
      key: 'committee',
      title: t('columns.committee'),
      render: (_: unknown, r: TRow) =>
        r.payoutId ? (
          <Link to={recordPaths.subsidyPayout} params={{ payoutId: r.payoutId }}>
            {r.committee.name}
          </Link>
        ) : (
          r.committee.name
        ),
    },
    {
      key: 'state',
      title: t('columns.state'),
      render: (_: unknown, r: TRow) => <PayoutStateTag state={r.state} />,
    },
    {
      key: 'cases',
      title: t('columns.households'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) => count(r.totals, (x) => x.cases),
    },
    {
      key: 'people',
      title: t('columns.coveredPeople'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) => count(r.totals, (x) => x.coveredPeople),
    },
    {
      key: 'amount',
      title: t('columns.amount'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) => money(r.totals, (x) => x.amountFen),
    },
    {
      key: 'correction',
      title: t('columns.correction'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) => money(r.totals, (x) => x.correctionFen),
    },
    {
      key: 'total',
      title: t('columns.total'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) => money(r.totals, (x) => x.totalFen),
    },
    {
      key: 'actions',
      title: t('common:columns.actions'),
      render: (_: unknown, r: TRow) => (
        <PayoutActions
          committee={r.committee}
          month={month}
          payoutId={r.payoutId}
          state={r.state}
          size="small"
        />
      ),
    },
  ]
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <ButtonLink to={paths.subsidyStandards} icon={<SettingOutlined aria-hidden />}>
            {t('standards.link')}
          </ButtonLink>
        }
      />
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <label htmlFor="subsidy-payout-month">{t('month')}</label>
          <DatePicker
            id="subsidy-payout-month"
            picker="month"
            format="YYYY-MM"
            placeholder="YYYY-MM"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => {
              const next = d ? d.format('YYYY-MM') : thisMonth
              onSearchChange({ month: next === thisMonth ? undefined : next })
            }}
            style={{ width: 140 }}
          />
        </Space>
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : query.isError ? (
          <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            {query.data.byCommittee.length === 0 && (
              <Alert type="info" showIcon title={t('summary.empty')} style={{ marginBottom: 12 }} />
            )}
            <Table<TRow>
              rowKey={(r) => r.committee.id}
              size="small"
              components={components}
              columns={columns}
              dataSource={rowsOf(me.committees, query.data)}
              pagination={false}
              scroll={{ x: 'max-content' }}
              loading={query.isFetching}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>
                    <strong>{t('totals')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <strong>{query.data.total.cases}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    <strong>{query.data.total.coveredPeople}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <Money fen={query.data.total.amountFen} />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    <Money fen={query.data.total.correctionFen} />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    <strong>
                      <Money fen={query.data.total.totalFen} />
                    </strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={7} />
                </Table.Summary.Row>
              )}
            />
          </>
        )}
      </Card>
    </>
  )
}
