import { Steps } from 'antd'
import type { TImportStatus } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { isJobRunning, wizardStep } from '../utils/import-status'

/** Where the job is in the wizard: 上传文件 → 检查与核对 → 导入 → 完成. */
export const JobSteps = ({ status }: { status: TImportStatus }) => {
  const { t } = useTranslation('imports')
  const current = wizardStep(status)
  const state =
    status === 'failed'
      ? 'error'
      : isJobRunning(status)
        ? 'process'
        : status === 'committed' || status === 'undone'
          ? 'finish'
          : 'process'
  return (
    <Steps
      size="small"
      current={current}
      status={state}
      style={{ marginBottom: 16, maxWidth: 760 }}
      items={[
        { title: t('job.steps.upload') },
        { title: t('job.steps.check') },
        { title: t('job.steps.commit') },
        { title: status === 'undone' ? t('status.undone') : t('job.steps.done') },
      ]}
    />
  )
}
