import { Alert, Space } from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { paths } from '@/config/paths'
import { formatDateTime } from '@/lib/format'
import { isProblemError } from '@/lib/problem'
import { useUndoImport } from '../api/undo-import'
import { PopconfirmButton } from './popconfirm-button'
import { feedback } from '@/lib/feedback'

/** A committed job (with 撤销导入) or an undone one. */
export const JobDoneCard = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation('imports')
  const undo = useUndoImport()
  const conflict =
    isProblemError(undo.error) && undo.error.code === 'import_undo_conflict' ? undo.error : null
  if (job.status === 'undone') {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('done.undone')}
        description={t('done.undoneAt', { when: formatDateTime(job.undoneAt) })}
      />
    )
  }
  return (
    <>
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={conflict.title}
          description={t('done.undoConflict')}
        />
      ) : (
        undo.error && <ProblemAlert error={undo.error} />
      )}
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('done.committed')}
        description={t('done.committedAt', { when: formatDateTime(job.committedAt) })}
        action={
          <Space>
            <ButtonLink to={paths.residents} search={{ importId: job.id }}>
              {t('done.toResidents')}
            </ButtonLink>
            <PopconfirmButton
              danger
              okText={t('done.undo')}
              title={t('done.undoTitle')}
              description={t('done.undoHint')}
              loading={undo.isPending}
              onConfirm={() =>
                undo.mutate(job.id, {
                  onSuccess: () => feedback.success(t('done.undoneMessage')),
                })
              }
            >
              {t('done.undo')}
            </PopconfirmButton>
          </Space>
        }
      />
    </>
  )
}
