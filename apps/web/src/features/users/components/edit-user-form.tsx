import { ZUserUpdate, type TUser } from '@cr/shared/users/user'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useMe } from '@/lib/auth'
import { useUpdateUser } from '../api/update-user'
import { UserFields } from './user-fields'
import { toUserFormValues, userFieldNames, type TUserFormValues } from './user-form-values'

type TProps = { user: TUser; onReload: () => void; onDone: () => void }

/** Edits the version it was given; on 412 the alert offers to reload the user. */
export const EditUserForm = ({ user, onReload, onDone }: TProps) => {
  const { t } = useTranslation(['common', 'users'])
  const me = useMe()
  const form = useForm<TUserFormValues, unknown, z.output<typeof ZUserUpdate>>({
    resolver: schemaResolver(ZUserUpdate),
    values: toUserFormValues(user),
  })
  const update = useUpdateUser()
  const submit = useSubmit({
    form,
    fields: userFieldNames,
    send: (data) => update.mutateAsync({ id: user.id, version: user.version, data }),
    done: t('messages.saved'),
    onDone,
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('users:editTitle', { name: user.displayName })}
      onCancel={onDone}
      onReload={onReload}
    >
      <UserFields
        control={form.control}
        mode="edit"
        policy={me.passwordPolicy}
        knownCommittees={user.committees}
      />
    </SubmitForm>
  )
}
