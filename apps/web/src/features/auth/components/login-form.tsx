import { Button, type InputRef } from 'antd'
// antd's Input and Password by their own modules: antd's `Input` brings Search, TextArea and
// OTP along (5 KiB gzip), which the sign-in page does not show (the bundle budget).
import Input from 'antd/es/input/Input'
import Password from 'antd/es/input/Password'
import { ZLoginRequest, type TLoginRequest, type TMe } from '@cr/shared/auth/auth'
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LoginAlertLazy } from './login-alert-lazy'
import { FieldLayout } from '@/components/ui/form/field-layout'
import { isProblemError } from '@/lib/problem'
import { useLogin } from '../api/login'

const lockMinutes = (error: unknown): number | undefined =>
  isProblemError(error) && error.retryAfterSeconds !== undefined
    ? Math.max(1, Math.ceil(error.retryAfterSeconds / 60))
    : undefined

type TField = keyof TLoginRequest
type TErrors = Partial<Record<TField, string>>

/** The first message per field of the shared contract's refusal. */
const errorsOf = (values: TLoginRequest): TErrors | null => {
  const parsed = ZLoginRequest.safeParse(values)
  if (parsed.success) return null
  const errors: TErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as TField
    errors[field] ??= issue.message
  }
  return errors
}

/**
 * 用户名 and 密码, checked with the shared contract. The one form not on react-hook-form and
 * `useSubmit`: two fields do not need them, and the sign-in page is the first load (the bundle
 * budget, ARCHITECTURE.md "The web build"). It lays its fields out as every form does.
 */
export const LoginForm = ({ onSignedIn }: { onSignedIn: (me: TMe) => void }) => {
  const { t } = useTranslation('auth')
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '')
  const login = useLogin()
  const [values, setValues] = useState<TLoginRequest>({ username: '', password: '' })
  const [errors, setErrors] = useState<TErrors>({})
  const inputs = { username: useRef<InputRef>(null), password: useRef<InputRef>(null) }
  const change = (field: TField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (login.isPending) return
    const refused = errorsOf(values)
    if (refused) {
      setErrors(refused)
      inputs[refused.username ? 'username' : 'password'].current?.focus()
      return
    }
    login.mutate(values, {
      onSuccess: onSignedIn,
      onError: () => setValues((current) => ({ ...current, password: '' })),
    })
  }
  const locked = isProblemError(login.error) && login.error.status === 423
  const minutes = lockMinutes(login.error)

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('login.title')}>
      {locked && (
        <LoginAlertLazy
          kind="warning"
          text={minutes ? t('login.locked', { minutes }) : t('login.lockedNoTime')}
        />
      )}
      {login.error && !locked && <LoginAlertLazy kind="problem" error={login.error} />}
      <FieldLayout
        id={`${id}-username`}
        label={t('login.username')}
        required
        error={errors.username}
      >
        {(a11y) => (
          <Input
            {...a11y}
            ref={inputs.username}
            name="username"
            value={values.username}
            onChange={(event) => change('username', event.target.value)}
            autoComplete="username"
            autoFocus
            maxLength={64}
          />
        )}
      </FieldLayout>
      <FieldLayout
        id={`${id}-password`}
        label={t('login.password')}
        required
        error={errors.password}
      >
        {(a11y) => (
          <Password
            {...a11y}
            ref={inputs.password}
            name="password"
            value={values.password}
            onChange={(event) => change('password', event.target.value)}
            autoComplete="current-password"
            maxLength={128}
          />
        )}
      </FieldLayout>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </form>
  )
}
