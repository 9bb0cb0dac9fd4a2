import type { TMe } from '@cr/shared/auth/auth'
import { useTranslation } from 'react-i18next'
import { AuthLayout } from './auth-layout'
import { LoginAlertLazy } from './login-alert-lazy'
import { LoginForm } from './login-form'

type TProps = { expired: boolean; onSignedIn: (me: TMe) => void }

export const LoginPage = ({ expired, onSignedIn }: TProps) => {
  const { t } = useTranslation('auth')
  return (
    <AuthLayout subtitle={t('login.subtitle')}>
      {expired && <LoginAlertLazy kind="info" text={t('login.sessionEnded')} />}
      <LoginForm onSignedIn={onSignedIn} />
      <p className="auth-note">{t('login.shared')}</p>
    </AuthLayout>
  )
}
