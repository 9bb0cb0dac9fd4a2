import { Alert, Card, Typography } from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { JobCounts } from './job-counts'
import { ProblemsTable } from './problems-table'
import { ReportDownload } from './report-download'

/**
 * 检查结果 / 导入结果: the counts and the problems — errors (rows not imported) and warnings
 * (rows imported, worth a look) told apart —, with the full error report to download while the
 * uploaded file is kept (the page says when it has been deleted).
 */
export const CheckResultCard = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation('imports')
  const headingId = useId()
  const done = job.status === 'committed' || job.status === 'undone'
  // Warnings are shown apart: their rows are imported all the same.
  const errors = job.problemCount - job.warningCount
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
            {errors === 0 && !done && (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('result.onlyWarnings')}
              />
            )}
            <h3 style={{ fontSize: 14, fontWeight: 600, margin: '0 0 8px' }}>
              {t('result.problems')}
              {job.warningCount > 0 && (
                <Typography.Text type="secondary" style={{ fontWeight: 400, marginLeft: 8 }}>
                  {t('result.problemCounts', { errors, warnings: job.warningCount })}
                </Typography.Text>
              )}
            </h3>
            {job.warningCount > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 8 }}
                title={t('result.warningsHint')}
              />
            )}
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
