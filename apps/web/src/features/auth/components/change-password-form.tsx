import { zodResolver } from '@hookform/resolvers/zod'
import { Input } from 'antd'
import { ZChangePasswordRequest, type TMe } from '@cr/shared/auth/auth'
import { useMemo } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { PasswordPolicyHint } from '@/components/ui/password-policy-hint'
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
  const submit = useSubmit({
    form,
    fields,
    send: ({ currentPassword, newPassword: password }, idempotencyKey) =>
      change.mutateAsync({ body: { currentPassword, newPassword: password }, idempotencyKey }),
    onDone: () => onDone(),
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('changePassword.title')}
      onCancel={onCancel}
      submitLabel={t('changePassword.submit')}
    >
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
    </SubmitForm>
  )
}
