import { App } from 'antd'
import { ZUserUpdate, type TUser } from '@cr/shared/users/user'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useMe } from '@/lib/auth'
import { useUpdateUser } from '../api/update-user'
import { UserFields } from './user-fields'
import { toUserFormValues, userFieldNames, type TUserFormValues } from './user-form-values'

type TProps = { user: TUser; onReload: () => void; onDone: () => void }

/** Edits the version it was given; on 412 the alert offers to reload the user. */
export const EditUserForm = ({ user, onReload, onDone }: TProps) => {
  const { t } = useTranslation(['common', 'users'])
  const { message } = App.useApp()
  const me = useMe()
  const form = useForm<TUserFormValues, unknown, z.output<typeof ZUserUpdate>>({
    resolver: schemaResolver(ZUserUpdate),
    values: toUserFormValues(user),
  })
  const update = useUpdateUser()
  const problem = useFormProblem(form.setError, userFieldNames)

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    update.mutate(
      { id: user.id, version: user.version, data },
      {
        onSuccess: () => {
          void message.success(t('messages.saved'))
          onDone()
        },
        onError: problem.handle,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('users:editTitle', { name: user.displayName })}>
      {problem.problem && (
        <ProblemAlert
          error={problem.problem.error}
          otherErrors={problem.problem.otherErrors}
          onReload={() => (problem.clear(), onReload())}
        />
      )}
      <UserFields
        control={form.control}
        mode="edit"
        policy={me.passwordPolicy}
        knownCommittees={user.committees}
      />
      <FormActions submitting={update.isPending} onCancel={onDone} />
    </Form>
  )
}
