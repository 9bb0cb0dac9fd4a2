import { Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { ZCoBuildingActivityCreate, ZCoBuildingAgreementCreate } from '@cr/shared/party/co-building'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useAddActivity, useAddAgreement } from '../api/co-building'

type TProps = { title: string; onDone: () => void }

type TAgreementValues = { signedOn: string | null; termEnd: string | null; commitments: string }
const agreementFields = ['signedOn', 'termEnd', 'commitments'] as const

/** 新增协议: signed on a day, in force until its term ends (or open-ended), with the promises. */
export const AgreementForm = ({ unitId, title, onDone }: TProps & { unitId: string }) => {
  const { t } = useTranslation(['party', 'common'])
  const add = useAddAgreement()
  const form = useForm<TAgreementValues, unknown, z.output<typeof ZCoBuildingAgreementCreate>>({
    resolver: schemaResolver(ZCoBuildingAgreementCreate),
    defaultValues: { signedOn: todayInChina(), termEnd: null, commitments: '' },
  })
  const submit = useSubmit({
    form,
    fields: agreementFields,
    send: (data, idempotencyKey) => add.mutateAsync({ unitId, data, idempotencyKey }),
    done: t('coBuilding.agreementAdded'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
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
    </SubmitForm>
  )
}

type TActivityValues = { heldOn: string | null; title: string; description: string }
const activityFields = ['heldOn', 'title', 'description'] as const

/** 新增活动: a joint activity held under one agreement. */
export const ActivityForm = ({ agreementId, title, onDone }: TProps & { agreementId: string }) => {
  const { t } = useTranslation(['party', 'common'])
  const add = useAddActivity()
  const form = useForm<TActivityValues, unknown, z.output<typeof ZCoBuildingActivityCreate>>({
    resolver: schemaResolver(ZCoBuildingActivityCreate),
    defaultValues: { heldOn: todayInChina(), title: '', description: '' },
  })
  const submit = useSubmit({
    form,
    fields: activityFields,
    send: (data, idempotencyKey) => add.mutateAsync({ agreementId, data, idempotencyKey }),
    done: t('coBuilding.activityAdded'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
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
    </SubmitForm>
  )
}
