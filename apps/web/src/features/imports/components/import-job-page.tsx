import { Alert, Skeleton } from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { paths } from '@/config/paths'
import { formatDateTime } from '@/lib/format'
import { useImport } from '../api/get-import'
import { isJobRunning } from '../utils/import-status'
import { CheckResultCard } from './check-result-card'
import { ColumnMappingCard } from './column-mapping-card'
import { CommitCard } from './commit-card'
import { JobDoneCard } from './job-done-card'
import { JobProgress } from './job-progress'
import { JobSteps } from './job-steps'
import { useJobSettled } from './use-job-settled'

/** The body for the job's state: progress while it runs, then mapping, result, commit or undo. */
const JobBody = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation('imports')
  if (isJobRunning(job.status)) return <JobProgress job={job} />
  const checked = job.status === 'validated' || job.status === 'failed'
  const done = job.status === 'committed' || job.status === 'undone'
  return (
    <>
      {/* A missing column is shown, live, above the mapping where it is fixed. */}
      {job.error && !(job.error.code === 'column_missing' && checked && job.columns.length > 0) && (
        <Alert
          type={job.error.code === 'import_rows_invalid' ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={
            job.error.code === 'import_rows_invalid' ? t('job.refusedTitle') : t('job.failedTitle')
          }
          description={job.error.message}
        />
      )}
      {job.filePurgedAt && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('job.filePurgedTitle')}
          description={t(done ? 'job.filePurgedDone' : 'job.filePurged', {
            when: formatDateTime(job.filePurgedAt),
          })}
        />
      )}
      {done && <JobDoneCard job={job} />}
      {/* Without the file there is nothing to check again or to commit. */}
      {checked && job.columns.length > 0 && !job.filePurgedAt && (
        // A new check brings new columns: the clerk's choices start again from them.
        <ColumnMappingCard key={JSON.stringify(job.columns)} job={job} />
      )}
      {(job.status === 'validated' || done) && <CheckResultCard job={job} />}
      {job.status === 'validated' && !job.filePurgedAt && (
        <CommitCard key={job.validatedAt} job={job} />
      )}
    </>
  )
}

/** 导入：<file> — one job, from the check to the commit (and its undo); polled while it runs. */
export const ImportJobPage = ({ jobId }: { jobId: string }) => {
  const { t } = useTranslation(['imports', 'common'])
  const query = useImport(jobId)
  useJobSettled(query.data)
  const back = <PageBreadcrumb parent={paths.imports} current={query.data?.fileName} />
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />
  if (query.isError && !query.data)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  const job = query.data
  return (
    <>
      <PageHeader
        title={t('job.title', { name: job.fileName })}
        description={t('job.summary', {
          type: t(`types.${job.type}`),
          committee: job.committee?.name ?? t('job.noCommittee'),
          who: job.createdBy.name,
          when: formatDateTime(job.createdAt),
        })}
        actions={back}
      />
      <JobSteps status={job.status} />
      <JobBody job={job} />
    </>
  )
}
