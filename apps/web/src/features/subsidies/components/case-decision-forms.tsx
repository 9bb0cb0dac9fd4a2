import { Col, Input, Row, Skeleton } from 'antd'
import { addMonthsToMonth, monthOf, todayInChina } from '@cr/shared/party/calendar'
import {
  ZSubsidyDecision,
  ZSubsidyReportChange,
  ZSubsidyReview,
} from '@cr/shared/subsidies/subsidy-case'
import { subsidyClassificationLabels } from '@cr/shared/subsidies/subsidy-review'
import type { THousehold } from '@cr/shared/households/household'
import type { Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { LabelSelect } from '@/components/ui/label-select'
import { MonthInput } from '@/components/ui/month-input'
import { useCaseHousehold } from '../api/get-case-household'
import {
  incomeSources,
  membersInput,
  membersOfCase,
  type TMemberValues,
} from '../utils/subsidy-member-values'
import type { TStepFormProps } from './case-procedure-forms'
import { DatedNoteForm } from './case-dated-note-form'
import { MembersIncomeTable } from './members-income-table'
import { useCaseStepForm } from './use-case-step-form'

const text = (v: string) => v.trim() || undefined

type TReviewValues = {
  reviewedOn: string | null
  fromMonth: string | null
  members: TMemberValues[]
  classification: 'stable' | 'changing'
  note: string
}
const reviewInput = (v: TReviewValues) => ({
  reviewedOn: v.reviewedOn,
  fromMonth: v.fromMonth,
  members: membersInput(v.members),
  classification: v.classification,
  note: text(v.note),
})

const ReviewFields = ({
  record,
  title,
  onDone,
  household,
}: TStepFormProps & { household: THousehold }) => {
  const { t } = useTranslation('subsidies')
  const members = membersOfCase(record, household)
  const { form, submit } = useCaseStepForm<TReviewValues>({
    record,
    step: 'review',
    schema: ZSubsidyReview,
    toInput: reviewInput,
    defaultValues: {
      reviewedOn: todayInChina(),
      // A change applies from the next month by default: this month's roll may be out already.
      fromMonth: addMonthsToMonth(monthOf(todayInChina()), 1),
      members,
      classification: record.classification,
      note: '',
    },
    fields: [
      'reviewedOn',
      'fromMonth',
      'classification',
      'note',
      'members',
      ...members.flatMap((_, i) =>
        incomeSources.map((s) => `members.${i}.income.${s}` as Path<TReviewValues>),
      ),
    ],
    done: t('steps.done.review'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <p className="fieldset-hint">{t('steps.reviewHelp')}</p>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <FormField
            control={form.control}
            name="reviewedOn"
            label={t('steps.reviewedOn')}
            required
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={8}>
          <FormField
            control={form.control}
            name="fromMonth"
            label={t('steps.fromMonth')}
            required
            extra={t('steps.fromMonthHelp')}
          >
            {({ value, onChange }, a11y) => (
              <MonthInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={8}>
          <FormField
            control={form.control}
            name="classification"
            label={t('fields.classification')}
          >
            {({ value, onChange }, a11y) => (
              <LabelSelect
                {...a11y}
                labels={subsidyClassificationLabels}
                value={value}
                onChange={(v) => onChange(v ?? 'stable')}
              />
            )}
          </FormField>
        </Col>
      </Row>
      <MembersIncomeTable control={form.control} />
      <FormField control={form.control} name="note" label={t('steps.note')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={1000} />}
      </FormField>
    </SubmitForm>
  )
}

/** 复核: incomes re-recorded for the household as it is now; continue, adjust or stop from a month. */
export const ReviewForm = (props: TStepFormProps) => {
  const { household } = useCaseHousehold(props.record.household.id)
  if (household.isPending) return <Skeleton active paragraph={{ rows: 6 }} />
  if (household.isError)
    return <ProblemResult error={household.error} onRetry={() => void household.refetch()} />
  return <ReviewFields {...props} household={household.data} />
}

/** 家庭变化报告: what changed (a job, a death, a move) and when; the review falls due at once. */
export const ReportChangeForm = (props: TStepFormProps) => {
  const { t } = useTranslation('subsidies')
  return (
    <DatedNoteForm
      {...props}
      step="report_change"
      schema={ZSubsidyReportChange}
      date={{ name: 'reportedOn', label: t('steps.reportedOn') }}
      note={{
        name: 'change',
        label: t('steps.change'),
        extra: t('steps.changeHelp'),
        required: true,
        max: 500,
      }}
      done={t('steps.done.report_change')}
    />
  )
}

export type TDecisionStep = 'suspend' | 'resume' | 'stop' | 'refuse'

/** 暂停 / 恢复 / 停保 / 不予批准: the day and the reason; asked to confirm (the case's money changes). */
export const DecisionForm = ({ step, ...props }: TStepFormProps & { step: TDecisionStep }) => {
  const { t } = useTranslation('subsidies')
  return (
    <DatedNoteForm
      {...props}
      step={step}
      schema={ZSubsidyDecision}
      date={{ name: 'decidedOn', label: t('steps.decidedOn') }}
      note={{ name: 'reason', label: t('steps.reason'), required: true, max: 500 }}
      done={t(`steps.done.${step}`)}
      confirm={{
        title: t(`steps.confirmTitle.${step}`, { name: props.record.applicant.name }),
        content: t(`steps.confirm.${step}`),
      }}
    />
  )
}
