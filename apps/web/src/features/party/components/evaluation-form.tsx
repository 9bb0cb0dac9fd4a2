import { Alert, AutoComplete, InputNumber } from 'antd'
import { ZPartyEvaluationCreate } from '@cr/shared/party/party-member'
import { evaluationGradeLabels, type TEvaluationGrade } from '@cr/shared/party/party-codes'
import { useForm, useFormState } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { useEvaluateMember } from '../api/member-actions'

/** Titles the branches award most often; any other can be typed. */
const titleOptions = ['优秀党员', '党员模范经营户', '优秀共产党员', '党员示范岗'].map((value) => ({
  value,
}))

type TValues = { year: number | null; grade: TEvaluationGrade | undefined; title: string }
const fields = ['year', 'grade', 'title'] as const

type TProps = { memberId: string; title: string; onDone: () => void }

/**
 * 新增评议: the year's grade and a title; a year already graded is replaced. 优秀 for more than a
 * third of the branch is refused (409 on `grade`), shown under the grade.
 */
export const EvaluationForm = ({ memberId, title, onDone }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  const evaluate = useEvaluateMember()
  const form = useForm<TValues, unknown, z.output<typeof ZPartyEvaluationCreate>>({
    resolver: schemaResolver(ZPartyEvaluationCreate),
    // 民主评议 is held early in the year, for the year before.
    defaultValues: { year: new Date().getFullYear() - 1, grade: undefined, title: '' },
  })
  const submit = useSubmit({
    form,
    fields,
    send: (data, idempotencyKey) => evaluate.mutateAsync({ memberId, data, idempotencyKey }),
    done: t('evaluations.saved'),
    onDone,
  })
  // The 优秀 quota (409 on `grade`) is said at the top as well: the grade's dropdown, open again
  // after the refusal, would cover the message under the field.
  const { errors } = useFormState({ control: form.control, name: 'grade' })
  const refusal = errors.grade?.type === 'server' ? errors.grade.message : undefined
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      {refusal && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={refusal} />
      )}
      <FormField
        control={form.control}
        name="year"
        label={t('evaluations.fields.year')}
        extra={t('evaluations.help.year')}
        required
      >
        {(field, a11y) => (
          <InputNumber
            {...a11y}
            min={1921}
            max={2100}
            precision={0}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            style={{ width: 120 }}
          />
        )}
      </FormField>
      <FormField
        control={form.control}
        name="grade"
        label={t('evaluations.fields.grade')}
        extra={({ invalid }) => (invalid ? undefined : t('evaluations.help.grade'))}
        required
      >
        {(field, a11y) => (
          <LabelSelect
            {...a11y}
            labels={evaluationGradeLabels}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      </FormField>
      <FormField
        control={form.control}
        name="title"
        label={t('evaluations.fields.title')}
        extra={t('evaluations.help.title')}
      >
        {(field, a11y) => (
          <AutoComplete
            {...a11y}
            options={titleOptions}
            filterOption={(input, option) => Boolean(option?.value.includes(input.trim()))}
            value={field.value}
            onChange={(v: string) => field.onChange(v)}
            onBlur={field.onBlur}
            maxLength={50}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}
