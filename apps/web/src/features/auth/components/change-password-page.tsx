import { Alert, Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { useRouter } from '@tanstack/react-router'
import { useLogout } from '@/hooks/use-logout'
import { useMe } from '@/lib/auth'
import { AuthLayout } from './auth-layout'
import { ChangePasswordForm } from './change-password-form'
import { feedback } from '@/lib/feedback'

/**
 * Changing one's own password. When the account must change it (first sign-in, reset by an
 * administrator, expired under 等保) this is the only page the API lets the user reach.
 */
export const ChangePasswordPage = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation('auth')
  const { t: tc } = useTranslation()
  const me = useMe()
  const router = useRouter()
  const logout = useLogout()
  const forced = me.mustChangePassword
  const done = () => {
    feedback.success(t('changePassword.done'))
    onDone()
  }
  return (
    <AuthLayout subtitle={t('changePassword.title')}>
      {forced && (
        <Alert
          type="warning"
          showIcon
          title={t('changePassword.required')}
          style={{ marginBottom: 16 }}
        />
      )}
      <ChangePasswordForm
        me={me}
        onDone={done}
        onCancel={forced ? undefined : () => router.history.back()}
      />
      {forced && (
        <Button type="link" block onClick={logout} style={{ marginTop: 8 }}>
          {tc('userMenu.logout')}
        </Button>
      )}
    </AuthLayout>
  )
}
