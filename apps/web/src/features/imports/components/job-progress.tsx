import { Card, Progress, Typography } from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { progressPercent } from '../utils/import-status'

/** While the job is queued, being checked or being imported: how far it has got. */
export const JobProgress = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation('imports')
  const { processed, total } = job.progress
  const percent = progressPercent(job.progress)
  const phase =
    job.status === 'committing' ? 'committing' : job.status === 'queued' ? 'queued' : 'validating'
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <div role="status" aria-live="polite">
        <Typography.Text strong>{t(`job.running.${phase}`)}</Typography.Text>{' '}
        <Typography.Text type="secondary">
          {total ? t('job.processedOf', { processed, total }) : t('job.processed', { processed })}
        </Typography.Text>
      </div>
      <Progress
        percent={percent ?? 0}
        status="active"
        showInfo={percent !== null}
        aria-label={t(`job.running.${phase}`)}
      />
    </Card>
  )
}
