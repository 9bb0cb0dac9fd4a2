import { Alert, Input, Modal } from 'antd'
import { ZResetPassword, type TUser } from '@cr/shared/users/user'
import { useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { PasswordPolicyHint } from '@/components/ui/password-policy-hint'
import { useMe } from '@/lib/auth'
import { toLabelLanguage } from '@/lib/language'
import { addPasswordIssue } from '@/lib/password'
import { useResetPassword } from '../api/reset-password'

const ResetPasswordForm = ({ user, onDone }: { user: TUser; onDone: () => void }) => {
  const { t, i18n } = useTranslation('users')
  const me = useMe()
  const language = toLabelLanguage(i18n.language)
  const schema = useMemo(
    () =>
      ZResetPassword.superRefine((v, ctx) =>
        addPasswordIssue(ctx, 'password', v.password, me.passwordPolicy, language, user.username),
      ),
    [me.passwordPolicy, language, user.username],
  )
  const form = useForm<{ password: string }, unknown, { password: string }>({
    resolver: schemaResolver(schema),
    defaultValues: { password: '' },
  })
  const password = useWatch({ control: form.control, name: 'password' })
  const reset = useResetPassword()
  const submit = useSubmit({
    form,
    fields: ['password'],
    send: ({ password: value }, idempotencyKey) =>
      reset.mutateAsync({ id: user.id, password: value, idempotencyKey }),
    done: t('resetPassword.done'),
    onDone,
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('resetPassword.title', { name: user.displayName })}
      onCancel={onDone}
      submitLabel={t('resetPassword.submit')}
    >
      <Alert type="info" showIcon title={t('resetPassword.hint')} style={{ marginBottom: 16 }} />
      <FormField
        control={form.control}
        name="password"
        label={t('resetPassword.password')}
        required
        extra={({ invalid }) => (
          <PasswordPolicyHint
            showVerdict={!invalid}
            password={password}
            policy={me.passwordPolicy}
            username={user.username}
          />
        )}
      >
        {(field, a11y) => (
          <Input.Password
            {...field}
            {...a11y}
            autoFocus
            autoComplete="new-password"
            maxLength={128}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}

/** 重置密码 for one user, in a modal. */
export const ResetPasswordModal = ({
  user,
  onClose,
}: {
  user: TUser | null
  onClose: () => void
}) => {
  const { t } = useTranslation('users')
  return (
    <Modal
      open={user !== null}
      title={user ? t('resetPassword.title', { name: user.displayName }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={480}
    >
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </Modal>
  )
}
