import { Link } from '@tanstack/react-router'
import { Card, Progress, Space, Table, Typography } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import type { TRef } from '@cr/shared/common/record'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from '@/components/ui/captioned-table'
import { DateInput } from '@/components/ui/date-input'
import { PageHeader } from '@/components/ui/page-header'
import { OutlineSkeleton } from '@/components/ui/outline-skeleton'
import { paths } from '@/config/paths'
import { useRegistrationRate } from '../api/get-registration-rate'
import { defaultPendingSort, defaultPendingState } from '../utils/pending-search'
import type { TRateSearch } from '../utils/rate-search'
import './rental-checks.css'
import { defaultTemporaryResidentSort } from '../utils/temporary-resident-search'

const pendingSearch = (committeeId?: string) => ({
  state: defaultPendingState,
  sort: defaultPendingSort,
  committeeId,
})

type TRateRow = {
  key: string
  committee: TRef | null
  registered: number
  pending: number
  percent: number | null
}

const RatePercent = ({ percent }: { percent: number | null }) => {
  const { t } = useTranslation('rentalChecks')
  if (percent === null) return <span className="text-secondary">{t('rate.noneKnown')}</span>
  return (
    <Space size={8}>
      <Progress
        type="line"
        percent={percent}
        showInfo={false}
        size="small"
        status={percent < 100 ? 'exception' : 'success'}
        style={{ width: 80, margin: 0 }}
        className="rate-bar"
        aria-hidden
      />
      <Typography.Text strong type={percent < 100 ? 'danger' : 'success'}>
        {t('rate.percent', { percent })}
      </Typography.Text>
    </Space>
  )
}

/** One line for the 暂住人口 page: today's rate, and the way to its details. */
export const RegistrationRateSummary = () => {
  const { t } = useTranslation('rentalChecks')
  const query = useRegistrationRate(todayInChina())
  if (!query.data) return null
  const { registered, pending, percent } = query.data.overall
  return (
    <p style={{ margin: '0 0 12px' }}>
      {percent === null ? (
        t('rate.summaryNone')
      ) : (
        <Typography.Text type={percent < 100 ? 'danger' : undefined}>
          {t('rate.summary', { percent, registered, known: registered + pending })}
        </Typography.Text>
      )}{' '}
      · <Link to={paths.registrationRate}>{t('rate.open')}</Link>
    </p>
  )
}

type TProps = { search: TRateSearch; onSearchChange: (next: TRateSearch) => void }

/**
 * 登记率 as of a day: registered temporary residents over everyone known to live in the rented
 * dwellings without a household registration here, per committee and in total, and who is
 * missing (the people pending, the residents not declared yet).
 */
export const RegistrationRatePage = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation(['rentalChecks', 'common'])
  const today = todayInChina()
  const asOf = search.asOf ?? today
  const query = useRegistrationRate(asOf)
  const components = useTableCaption(t('rate.caption'))
  const header = <PageHeader title={t('rate.title')} description={t('rate.description')} />
  const picker = (
    <div style={{ maxWidth: 220, marginBottom: 12 }}>
      <label htmlFor="rate-as-of" className="text-secondary" style={{ display: 'block' }}>
        {t('rate.asOf')}
      </label>
      <DateInput
        id="rate-as-of"
        value={asOf}
        onChange={(v) => onSearchChange({ asOf: v && v !== today ? v : undefined })}
      />
    </div>
  )
  if (query.isPending)
    return (
      <>
        {header}
        {picker}
        <OutlineSkeleton />
      </>
    )
  if (query.isError)
    return (
      <>
        {header}
        {picker}
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const { overall, committees } = query.data
  const rows: TRateRow[] = committees.map((c) => ({ key: c.committee.id, ...c }))
  const missing = (row: TRateRow) =>
    row.pending === 0 ? (
      0
    ) : (
      <Link
        to={paths.pendingRegistrations}
        search={pendingSearch(row.committee?.id)}
        aria-label={`${t('rate.missingLink')} ${row.committee?.name ?? t('rate.total')}`}
      >
        {row.pending}
      </Link>
    )
  return (
    <>
      {header}
      {picker}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={<h2 className="card-title">{t('rate.total')}</h2>}>
          <Space size={24} wrap aria-live="polite">
            <span>
              {t('rate.labelled', { label: t('rate.rate') })}
              <RatePercent percent={overall.percent} />
            </span>
            <span>
              {t('rate.labelled', { label: t('rate.registered') })}
              <strong>{overall.registered}</strong>
            </span>
            <span>
              {t('rate.labelled', { label: t('rate.known') })}
              <strong>{overall.registered + overall.pending}</strong>
            </span>
            <span>
              {t('rate.labelled', { label: t('rate.missing') })}
              <strong>{missing({ key: 'total', committee: null, ...overall })}</strong>
            </span>
          </Space>
          {overall.pending > 0 && (
            <p className="text-secondary" style={{ margin: '8px 0 0' }}>
              {t('rate.missingHint')}{' '}
              <Link to={paths.pendingRegistrations} search={pendingSearch()}>
                {t('rate.missingLink')}
              </Link>
              {' · '}
              <Link
                to={paths.temporaryResidents}
                search={{ sort: defaultTemporaryResidentSort, timeliness: 'overdue' }}
              >
                {t('rate.overdueLink')}
              </Link>
            </p>
          )}
        </Card>
        <Table<TRateRow>
          components={components}
          size="middle"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          locale={{ emptyText: t('rate.noneKnown') }}
          columns={[
            { key: 'committee', title: t('rate.committee'), render: (_, r) => r.committee?.name },
            {
              key: 'rate',
              title: t('rate.rate'),
              render: (_, r) => <RatePercent percent={r.percent} />,
            },
            {
              key: 'registered',
              title: t('rate.registered'),
              align: 'right',
              dataIndex: 'registered',
            },
            {
              key: 'known',
              title: t('rate.known'),
              align: 'right',
              render: (_, r) => r.registered + r.pending,
            },
            {
              key: 'missing',
              title: t('rate.missing'),
              align: 'right',
              render: (_, r) => missing(r),
            },
          ]}
        />
      </Space>
    </>
  )
}
