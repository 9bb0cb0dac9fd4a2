import { Link } from '@tanstack/react-router'
import { Card, Empty, Skeleton, Statistic } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { paths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { useCasesWithReviewDue } from '../api/review-queries'
import { isReviewOverdue, reviewLookaheadDays, reviewsDue } from '../utils/review-due'

/** 低保待复核 on the home page: how many reviews are overdue and due soon; the list one click away. */
export const ReviewRemindersCard = () => {
  const { t } = useTranslation('subsidyRoll')
  const canRead = useCan('subsidy:read')
  const today = todayInChina()
  const query = useCasesWithReviewDue(today, canRead)
  if (!canRead) return null
  const due = query.data ? reviewsDue(query.data.items, today) : []
  const overdue = due.filter((c) => isReviewOverdue(c.reviewDueOn, today)).length
  return (
    <Card
      size="small"
      title={
        <h2 className="card-title">
          <Link to={paths.subsidyReviews}>{t('reviews.homeTitle')}</Link>
        </h2>
      }
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : due.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('reviews.empty', { days: reviewLookaheadDays })}
        />
      ) : (
        <div style={{ display: 'flex', gap: 32, flexWrap: 'wrap' }}>
          <Statistic
            title={t('reviews.overdueCount')}
            value={overdue}
            valueStyle={overdue > 0 ? { color: '#cf1322' } : undefined}
          />
          <Statistic
            title={t('reviews.soonCount', { days: reviewLookaheadDays })}
            value={due.length - overdue}
          />
        </div>
      )}
    </Card>
  )
}
