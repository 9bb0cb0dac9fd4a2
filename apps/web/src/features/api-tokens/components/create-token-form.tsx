import { Input } from 'antd'
import { ZApiTokenCreate, type TApiTokenCreated } from '@cr/shared/api-tokens/api-token'
import type { TRole } from '@cr/shared/auth/roles'
import dayjs from 'dayjs'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { CommitteeSelect } from '@/components/committee-select/committee-select'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { DateInput } from '@/components/ui/date-input'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { RoleSelect } from '@/components/ui/role-select'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
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
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, fields)

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    create.mutate(
      { data, idempotencyKey: keeper.keyFor(data) },
      { onSuccess: (token) => (keeper.reset(), onCreated(token)), onError: problem.handle },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('createTitle')}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
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
      <FormActions submitting={create.isPending} onCancel={onCancel} submitLabel={t('create')} />
    </Form>
  )
}
