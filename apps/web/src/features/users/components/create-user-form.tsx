import { ZUserCreate } from '@cr/shared/users/user'
import { useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useMe } from '@/lib/auth'
import { toLabelLanguage } from '@/lib/language'
import { addPasswordIssue } from '@/lib/password'
import { useCreateUser } from '../api/create-user'
import { UserFields } from './user-fields'
import { emptyUserValues, userFieldNames, type TUserFormValues } from './user-form-values'

export const CreateUserForm = ({ onDone }: { onDone: () => void }) => {
  const { t, i18n } = useTranslation(['common', 'users'])
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
  const submit = useSubmit({
    form,
    fields: userFieldNames,
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('messages.created'),
    onDone,
  })

  return (
    <SubmitForm submit={submit} aria-label={t('users:createTitle')} onCancel={onDone}>
      <UserFields control={form.control} mode="create" policy={me.passwordPolicy} />
    </SubmitForm>
  )
}
