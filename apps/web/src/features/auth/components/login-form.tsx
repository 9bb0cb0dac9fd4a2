import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Input } from 'antd'
import { ZLoginRequest, type TLoginRequest, type TMe } from '@cr/shared/auth/auth'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormField } from '@/components/ui/form/form-field'
import { isProblemError } from '@/lib/problem'
import { useLogin } from '../api/login'

const lockMinutes = (error: unknown): number | undefined =>
  isProblemError(error) && error.retryAfterSeconds !== undefined
    ? Math.max(1, Math.ceil(error.retryAfterSeconds / 60))
    : undefined

export const LoginForm = ({ onSignedIn }: { onSignedIn: (me: TMe) => void }) => {
  const { t } = useTranslation('auth')
  const login = useLogin()
  const form = useForm<TLoginRequest>({
    resolver: zodResolver(ZLoginRequest),
    defaultValues: { username: '', password: '' },
  })
  const onSubmit = form.handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: onSignedIn,
      onError: () => form.setValue('password', ''),
    }),
  )
  const locked = isProblemError(login.error) && login.error.status === 423
  const minutes = lockMinutes(login.error)

  return (
    <Form onSubmit={onSubmit} aria-label={t('login.title')}>
      {locked && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={minutes ? t('login.locked', { minutes }) : t('login.lockedNoTime')}
        />
      )}
      {login.error && !locked && <ProblemAlert error={login.error} />}
      <FormField control={form.control} name="username" label={t('login.username')} required>
        {(field, a11y) => (
          <Input {...field} {...a11y} autoComplete="username" autoFocus maxLength={64} />
        )}
      </FormField>
      <FormField control={form.control} name="password" label={t('login.password')} required>
        {(field, a11y) => (
          <Input.Password {...field} {...a11y} autoComplete="current-password" maxLength={128} />
        )}
      </FormField>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  )
}
