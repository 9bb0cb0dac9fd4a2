import { Input } from 'antd'
import { ZApiTokenCreate, type TApiTokenCreated } from '@cr/shared/api-tokens/api-token'
import type { TRole } from '@cr/shared/auth/roles'
import dayjs from '@/lib/dayjs'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { CommitteeSelect } from '@/components/committee-select/committee-select'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { RoleSelect } from '@/components/ui/role-select'
import { useCreateApiToken } from '../api/create-api-token'

type TValues = {
  name: string
  role: TRole | undefined
  committeeIds: string[]
  expiresOn: string | null
}
const fields = ['name', 'role', 'committeeIds', 'expiresOn'] as const

type TProps = { onCreated: (token: TApiTokenCreated) => void; onCancel: () => void }

export const CreateTokenForm = ({ onCreated, onCancel }: TProps) => {
  const { t } = useTranslation(['apiTokens', 'common'])
  const form = useForm<TValues, unknown, z.output<typeof ZApiTokenCreate>>({
    resolver: schemaResolver(ZApiTokenCreate),
    defaultValues: {
      name: '',
      role: 'viewer',
      committeeIds: [],
      expiresOn: dayjs().add(90, 'day').format('YYYY-MM-DD'),
    },
  })
  const create = useCreateApiToken()
  const submit = useSubmit({
    form,
    fields,
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    onDone: onCreated,
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('createTitle')}
      onCancel={onCancel}
      submitLabel={t('create')}
    >
      <FormField
        control={form.control}
        name="name"
        label={t('fields.name')}
        required
        extra={t('help.name')}
      >
        {(field, a11y) => <Input {...field} {...a11y} autoFocus maxLength={80} />}
      </FormField>
      <FormField control={form.control} name="role" label={t('fields.role')} required>
        {({ value, onChange, onBlur }, a11y) => (
          <RoleSelect {...a11y} value={value} onChange={onChange} onBlur={onBlur} />
        )}
      </FormField>
      <FormField
        control={form.control}
        name="committeeIds"
        label={t('fields.committees')}
        extra={t('help.committees')}
      >
        {({ value, onChange }, a11y) => (
          <CommitteeSelect {...a11y} mode="multiple" value={value} onChange={onChange} />
        )}
      </FormField>
      <FormField
        control={form.control}
        name="expiresOn"
        label={t('fields.expiresOn')}
        required
        extra={t('help.expiresOn')}
      >
        {({ value, onChange }, a11y) => (
          <DateInput {...a11y} value={value} onChange={onChange} futureOnly />
        )}
      </FormField>
    </SubmitForm>
  )
}
