import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import { Typography } from 'antd'
import { checkPassword, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import { messageFor } from '@cr/shared/common/issue'
import { useTranslation } from 'react-i18next'
import { toLabelLanguage } from '@/lib/language'

type TProps = {
  password: string
  policy: TPasswordPolicy
  username?: string
  /** Off while the field shows its own error, so the same message is not said twice. */
  showVerdict?: boolean
}

/**
 * The policy in words and, as the clerk types, whether the password meets it (the same
 * `checkPassword` the server runs). Announced politely so a screen reader is not interrupted.
 */
export const PasswordPolicyHint = ({ password, policy, username, showVerdict = true }: TProps) => {
  const { t, i18n } = useTranslation()
  const code = password ? checkPassword(password, policy, { username }) : null
  return (
    <span style={{ display: 'block' }}>
      <span style={{ display: 'block' }}>{t(`password.policy.${policy}`)}</span>
      <span aria-live="polite" style={{ display: 'block', marginTop: 2 }}>
        {showVerdict &&
          password &&
          (code ? (
            <Typography.Text type="danger">
              <CloseCircleFilled aria-hidden /> {messageFor(code, toLabelLanguage(i18n.language))}
            </Typography.Text>
          ) : (
            <Typography.Text type="success">
              <CheckCircleFilled aria-hidden /> {t('password.ok')}
            </Typography.Text>
          ))}
      </span>
    </span>
  )
}
