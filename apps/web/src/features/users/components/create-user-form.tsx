import { App } from 'antd'
import { ZUserCreate } from '@cr/shared/users/user'
import { useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useMe } from '@/lib/auth'
import { toLabelLanguage } from '@/lib/language'
import { addPasswordIssue } from '@/lib/password'
import { useCreateUser } from '../api/create-user'
import { UserFields } from './user-fields'
import { emptyUserValues, userFieldNames, type TUserFormValues } from './user-form-values'

export const CreateUserForm = ({ onDone }: { onDone: () => void }) => {
  const { t, i18n } = useTranslation(['common', 'users'])
  const { message } = App.useApp()
  const me = useMe()
  const language = toLabelLanguage(i18n.language)
  // The contract's schema plus the password policy the server will apply, said sooner.
  const schema = useMemo(
    () =>
      ZUserCreate.superRefine((u, ctx) =>
        addPasswordIssue(ctx, 'password', u.password, me.passwordPolicy, language, u.username),
      ),
    [me.passwordPolicy, language],
  )
  const form = useForm<TUserFormValues, unknown, (typeof schema)['_zod']['output']>({
    resolver: schemaResolver(schema),
    defaultValues: emptyUserValues,
  })
  const create = useCreateUser()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, userFieldNames)

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    create.mutate(
      { data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: () => {
          keeper.reset()
          void message.success(t('messages.created'))
          onDone()
        },
        onError: problem.handle,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('users:createTitle')}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <UserFields control={form.control} mode="create" policy={me.passwordPolicy} />
      <FormActions submitting={create.isPending} onCancel={onDone} />
    </Form>
  )
}
