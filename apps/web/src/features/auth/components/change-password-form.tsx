import { zodResolver } from '@hookform/resolvers/zod'
import { Input } from 'antd'
import { ZChangePasswordRequest, type TMe } from '@cr/shared/auth/auth'
import { useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { PasswordPolicyHint } from '@/components/ui/password-policy-hint'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { toLabelLanguage } from '@/lib/language'
import { addPasswordIssue } from '@/lib/password'
import { useChangePassword } from '../api/change-password'

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const

export const ChangePasswordForm = ({
  me,
  onDone,
  onCancel,
}: {
  me: TMe
  onDone: () => void
  onCancel?: () => void
}) => {
  const { t, i18n } = useTranslation('auth')
  const language = toLabelLanguage(i18n.language)
  const schema = useMemo(
    () =>
      ZChangePasswordRequest.extend({ confirmPassword: z.string() }).superRefine((v, ctx) => {
        addPasswordIssue(
          ctx,
          'newPassword',
          v.newPassword,
          me.passwordPolicy,
          language,
          me.user.username,
        )
        if (v.confirmPassword !== v.newPassword) {
          ctx.addIssue({
            code: 'custom',
            path: ['confirmPassword'],
            message: t('changePassword.mismatch'),
          })
        }
      }),
    [me, language, t],
  )
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  })
  const newPassword = useWatch({ control: form.control, name: 'newPassword' })
  const change = useChangePassword()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, fields)

  const onSubmit = form.handleSubmit(({ currentPassword, newPassword: password }) => {
    problem.clear()
    const body = { currentPassword, newPassword: password }
    change.mutate(
      { body, idempotencyKey: keeper.keyFor(body) },
      { onSuccess: () => (keeper.reset(), onDone()), onError: problem.handle },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('changePassword.title')}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <FormField
        control={form.control}
        name="currentPassword"
        label={t('changePassword.currentPassword')}
        required
      >
        {(field, a11y) => (
          <Input.Password {...field} {...a11y} autoComplete="current-password" autoFocus />
        )}
      </FormField>
      <FormField
        control={form.control}
        name="newPassword"
        label={t('changePassword.newPassword')}
        required
        extra={({ invalid }) => (
          <PasswordPolicyHint
            showVerdict={!invalid}
            password={newPassword}
            policy={me.passwordPolicy}
            username={me.user.username}
          />
        )}
      >
        {(field, a11y) => (
          <Input.Password {...field} {...a11y} autoComplete="new-password" maxLength={128} />
        )}
      </FormField>
      <FormField
        control={form.control}
        name="confirmPassword"
        label={t('changePassword.confirmPassword')}
        required
      >
        {(field, a11y) => (
          <Input.Password {...field} {...a11y} autoComplete="new-password" maxLength={128} />
        )}
      </FormField>
      <FormActions
        submitting={change.isPending}
        onCancel={onCancel}
        submitLabel={t('changePassword.submit')}
      />
    </Form>
  )
}
