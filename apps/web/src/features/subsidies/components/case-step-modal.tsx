import { Modal, Skeleton } from 'antd'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemResult } from '@/components/errors/problem-result'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useForm } from 'react-hook-form'
import type { TSubsidyCaseStep } from '../api/write-subsidy-case'
import { useSubsidyCaseForEdit, useUpdateSubsidyCase } from '../api/write-subsidy-case'
import {
  ZCaseDetailsForm,
  caseDetailFieldNames,
  toCaseDetailValues,
  type TCaseDetailValues,
} from '../utils/subsidy-case-values'
import { CaseDetailFields } from './case-detail-fields'
import { DecisionForm, ReportChangeForm, ReviewForm } from './case-decision-forms'
import {
  ApproveForm,
  DeliberateForm,
  InvestigateForm,
  ObjectForm,
  PublicizeForm,
  StreetReviewForm,
} from './case-procedure-forms'

/** What the case page opens: one of the steps, or 编辑申请信息. */
export type TCaseModal = TSubsidyCaseStep | 'edit'

const EditDetailsForm = ({
  record,
  title,
  onDone,
}: {
  record: TSubsidyCase
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation(['subsidies', 'common'])
  const fresh = useSubsidyCaseForEdit(record.id)
  const form = useForm<TCaseDetailValues, unknown, z.output<typeof ZCaseDetailsForm>>({
    resolver: schemaResolver(ZCaseDetailsForm),
    values: fresh.data ? toCaseDetailValues(fresh.data) : undefined,
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateSubsidyCase()
  const submit = useSubmit({
    form,
    fields: caseDetailFieldNames,
    send: (data) =>
      update.mutateAsync({ id: record.id, version: fresh.data?.version ?? record.version, data }),
    done: t('common:messages.saved'),
    onDone,
  })
  if (fresh.isPending) return <Skeleton active paragraph={{ rows: 8 }} />
  if (fresh.isError)
    return <ProblemResult error={fresh.error} onRetry={() => void fresh.refetch()} />
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      onReload={() => void fresh.refetch()}
    >
      <CaseDetailFields control={form.control} accountOnFile={fresh.data.bankAccountMasked} />
    </SubmitForm>
  )
}

const wide: readonly TCaseModal[] = ['review', 'edit']

/** The step's (or the edit's) form in a dialog titled with the step and the applicant. */
export const CaseStepModal = ({
  record,
  modal,
  onClose,
}: {
  record: TSubsidyCase
  modal: TCaseModal | null
  onClose: () => void
}) => {
  const { t } = useTranslation('subsidies')
  const title = modal
    ? t('steps.title', { step: t(`steps.name.${modal}`), name: record.applicant.name })
    : ''
  const props = { record, title, onDone: onClose }
  const form = (() => {
    switch (modal) {
      case 'investigate':
        return <InvestigateForm {...props} />
      case 'deliberate':
        return <DeliberateForm {...props} />
      case 'publicize':
        return <PublicizeForm {...props} />
      case 'object':
        return <ObjectForm {...props} />
      case 'street_review':
        return <StreetReviewForm {...props} />
      case 'approve':
        return <ApproveForm {...props} />
      case 'review':
        return <ReviewForm {...props} />
      case 'report_change':
        return <ReportChangeForm {...props} />
      case 'suspend':
      case 'resume':
      case 'stop':
      case 'refuse':
        return <DecisionForm {...props} step={modal} />
      case 'edit':
        return <EditDetailsForm {...props} />
      default:
        return null
    }
  })()
  return (
    <Modal
      open={modal !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={modal && wide.includes(modal) ? 980 : 620}
      style={{ top: 24 }}
      mask={{ closable: false }}
    >
      {form}
    </Modal>
  )
}
