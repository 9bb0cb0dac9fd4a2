import { Alert, Card, Skeleton, Table, Tag } from 'antd'
import { daysBetween, todayInChina } from '@cr/shared/party/calendar'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from '@/components/ui/captioned-table'
import { PageHeader } from '@/components/ui/page-header'
import { useCasesWithReviewDue } from '../api/review-queries'
import { isReviewOverdue, reviewLookaheadDays, reviewsDue } from '../utils/review-due'
import { Money } from './payout-money'
import { ClassificationTag } from './review-classification-tag'
import { CaseLink } from './review-case-link'

type TDueCase = TSubsidyCase & { reviewDueOn: string }

/** 已逾期 N 天 in red, 今天到期, or N 天后到期. */
export const DueTag = ({ dueOn, today }: { dueOn: string; today: string }) => {
  const { t } = useTranslation('subsidyRoll')
  const days = daysBetween(today, dueOn)
  if (isReviewOverdue(dueOn, today))
    return <Tag color="red">{t('reviews.overdue', { count: -days })}</Tag>
  return (
    <Tag color={days <= 7 ? 'gold' : 'default'}>
      {days === 0 ? t('reviews.dueToday') : t('reviews.dueIn', { count: days })}
    </Tag>
  )
}

/**
 * 待复核: the cases in payment whose review is overdue or due within 30 days, soonest first,
 * with their classification (yearly or every 6 months) and a link to the case to record it.
 */
export const ReviewsDuePage = () => {
  const { t } = useTranslation(['subsidyRoll', 'common'])
  const today = todayInChina()
  const query = useCasesWithReviewDue(today)
  const components = useTableCaption(t('reviews.caption'))
  const rows = query.data ? reviewsDue(query.data.items, today) : []
  return (
    <>
      <PageHeader
        title={t('reviews.title')}
        description={t('reviews.description', { days: reviewLookaheadDays })}
      />
      <Card size="small">
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : query.isError ? (
          <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            {query.data.truncated && (
              <Alert type="warning" showIcon title={t('reviews.truncated')} />
            )}
            <Table<TDueCase>
              rowKey="id"
              size="small"
              components={components}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              loading={query.isFetching}
              locale={{ emptyText: t('reviews.empty', { days: reviewLookaheadDays }) }}
              columns={[
                {
                  key: 'due',
                  title: t('reviews.dueOn'),
                  render: (_, c) => (
                    <span style={{ whiteSpace: 'nowrap' }}>
                      <span className="mono">{c.reviewDueOn}</span>{' '}
                      <DueTag dueOn={c.reviewDueOn} today={today} />
                    </span>
                  ),
                },
                {
                  key: 'applicant',
                  title: t('columns.head'),
                  render: (_, c) => <CaseLink caseId={c.id}>{c.applicant.name}</CaseLink>,
                },
                {
                  key: 'committee',
                  title: t('columns.committee'),
                  render: (_, c) => c.committee.name,
                },
                {
                  key: 'classification',
                  title: t('reviews.classificationTitle'),
                  render: (_, c) => <ClassificationTag classification={c.classification} />,
                },
                {
                  key: 'people',
                  title: t('columns.coveredPeople'),
                  align: 'right',
                  render: (_, c) => c.coveredPeople,
                },
                {
                  key: 'amount',
                  title: t('reviews.monthly'),
                  align: 'right',
                  render: (_, c) =>
                    c.monthlyAmountFen === null ? '—' : <Money fen={c.monthlyAmountFen} />,
                },
              ]}
            />
          </>
        )}
      </Card>
    </>
  )
}
