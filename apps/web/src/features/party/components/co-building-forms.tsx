import { App, Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { ZCoBuildingActivityCreate, ZCoBuildingAgreementCreate } from '@cr/shared/party/co-building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { DateInput } from '@/components/ui/date-input'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useAddActivity, useAddAgreement } from '../api/co-building'

type TProps = { title: string; onDone: () => void }

type TAgreementValues = { signedOn: string | null; termEnd: string | null; commitments: string }
const agreementFields = ['signedOn', 'termEnd', 'commitments'] as const

/** 新增协议: signed on a day, in force until its term ends (or open-ended), with the promises. */
export const AgreementForm = ({ unitId, title, onDone }: TProps & { unitId: string }) => {
  const { t } = useTranslation(['party', 'common'])
  const { message } = App.useApp()
  const add = useAddAgreement()
  const keeper = useIdempotencyKey()
  const form = useForm<TAgreementValues, unknown, z.output<typeof ZCoBuildingAgreementCreate>>({
    resolver: schemaResolver(ZCoBuildingAgreementCreate),
    defaultValues: { signedOn: todayInChina(), termEnd: null, commitments: '' },
  })
  const problem = useFormProblem(form.setError, agreementFields)
  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    add.mutate(
      { unitId, data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: () => {
          keeper.reset()
          void message.success(t('coBuilding.agreementAdded'))
          onDone()
        },
        onError: problem.handle,
      },
    )
  })
  return (
    <Form onSubmit={onSubmit} aria-label={title}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <div className="party-form-grid">
        <FormField
          control={form.control}
          name="signedOn"
          label={t('coBuilding.fields.signedOn')}
          required
        >
          {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
        </FormField>
        <FormField
          control={form.control}
          name="termEnd"
          label={t('coBuilding.fields.termEnd')}
          extra={t('coBuilding.help.termEnd')}
        >
          {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
        </FormField>
      </div>
      <FormField
        control={form.control}
        name="commitments"
        label={t('coBuilding.fields.commitments')}
        extra={t('coBuilding.help.commitments')}
        required
      >
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={4} maxLength={5000} />}
      </FormField>
      <FormActions submitting={add.isPending} onCancel={onDone} />
    </Form>
  )
}

type TActivityValues = { heldOn: string | null; title: string; description: string }
const activityFields = ['heldOn', 'title', 'description'] as const

/** 新增活动: a joint activity held under one agreement. */
export const ActivityForm = ({ agreementId, title, onDone }: TProps & { agreementId: string }) => {
  const { t } = useTranslation(['party', 'common'])
  const { message } = App.useApp()
  const add = useAddActivity()
  const keeper = useIdempotencyKey()
  const form = useForm<TActivityValues, unknown, z.output<typeof ZCoBuildingActivityCreate>>({
    resolver: schemaResolver(ZCoBuildingActivityCreate),
    defaultValues: { heldOn: todayInChina(), title: '', description: '' },
  })
  const problem = useFormProblem(form.setError, activityFields)
  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    add.mutate(
      { agreementId, data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: () => {
          keeper.reset()
          void message.success(t('coBuilding.activityAdded'))
          onDone()
        },
        onError: problem.handle,
      },
    )
  })
  return (
    <Form onSubmit={onSubmit} aria-label={title}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <FormField
        control={form.control}
        name="title"
        label={t('coBuilding.fields.activityTitle')}
        required
      >
        {(field, a11y) => <Input {...field} {...a11y} maxLength={100} autoFocus />}
      </FormField>
      <FormField
        control={form.control}
        name="heldOn"
        label={t('coBuilding.fields.heldOn')}
        required
      >
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
      <FormField
        control={form.control}
        name="description"
        label={t('coBuilding.fields.description')}
      >
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={3} maxLength={5000} />}
      </FormField>
      <FormActions submitting={add.isPending} onCancel={onDone} />
    </Form>
  )
}
