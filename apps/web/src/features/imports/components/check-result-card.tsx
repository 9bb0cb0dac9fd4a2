import { Alert, Card, Typography } from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { JobCounts } from './job-counts'
import { ProblemsTable } from './problems-table'
import { ReportDownload } from './report-download'

/**
 * 检查结果 / 导入结果: the counts and the problems, with the full error report to download
 * while the uploaded file is kept (the page says when it has been deleted).
 */
export const CheckResultCard = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation('imports')
  const headingId = useId()
  const done = job.status === 'committed' || job.status === 'undone'
  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="card-title">
            {done ? t('result.committedTitle') : t('result.title')}
          </h2>
        }
        style={{ marginBottom: 16 }}
        extra={job.problemCount > 0 && !job.filePurgedAt && <ReportDownload job={job} />}
      >
        <div style={{ marginBottom: 12 }}>
          <JobCounts job={job} />
        </div>
        {!done && job.counts.valid + job.counts.invalid > 0 && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 12 }}>
            {t('result.conflictHint', {
              onConflict: t(`commit.onConflicts.${job.options.onConflict}`),
            })}
          </Typography.Paragraph>
        )}
        {job.problemCount === 0 ? (
          !done && <Alert type="success" showIcon title={t('result.noProblems')} />
        ) : (
          <>
            <h3 style={{ fontSize: 14, fontWeight: 600, margin: '0 0 8px' }}>
              {t('result.problems')}
            </h3>
            {job.problemCount > job.problems.length && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {t('result.problemsMore', { total: job.problemCount, shown: job.problems.length })}
              </Typography.Paragraph>
            )}
            <ProblemsTable problems={job.problems} />
          </>
        )}
      </Card>
    </section>
  )
}
