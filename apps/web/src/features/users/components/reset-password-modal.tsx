import { Alert, App, Input, Modal } from 'antd'
import { ZResetPassword, type TUser } from '@cr/shared/users/user'
import { useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { PasswordPolicyHint } from '@/components/ui/password-policy-hint'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useMe } from '@/lib/auth'
import { toLabelLanguage } from '@/lib/language'
import { addPasswordIssue } from '@/lib/password'
import { useResetPassword } from '../api/reset-password'

const ResetPasswordForm = ({ user, onDone }: { user: TUser; onDone: () => void }) => {
  const { t, i18n } = useTranslation('users')
  const { message } = App.useApp()
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
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, ['password'])

  const onSubmit = form.handleSubmit(({ password: value }) => {
    problem.clear()
    reset.mutate(
      { id: user.id, password: value, idempotencyKey: keeper.keyFor({ id: user.id, value }) },
      {
        onSuccess: () => (keeper.reset(), void message.success(t('resetPassword.done')), onDone()),
        onError: problem.handle,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('resetPassword.title', { name: user.displayName })}>
      <Alert type="info" showIcon title={t('resetPassword.hint')} style={{ marginBottom: 16 }} />
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
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
      <FormActions
        submitting={reset.isPending}
        onCancel={onDone}
        submitLabel={t('resetPassword.submit')}
      />
    </Form>
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
