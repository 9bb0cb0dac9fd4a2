import { theme } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '@/components/layout/language-switch'

/**
 * The frame of the sign-in and forced password-change pages: product name, one card. The card
 * is drawn from the theme's tokens as antd's Card draws it, not with Card: that brings Tabs, and
 * with them Dropdown and Menu, into the first page a browser loads (the bundle budget); the
 * title and subtitle are plain headings for the same reason (Typography brings Tooltip).
 */
export const AuthLayout = ({ subtitle, children }: { subtitle: string; children: ReactNode }) => {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  return (
    <main className="auth-page">
      <div style={{ position: 'fixed', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>
      <div
        className="auth-card"
        style={{
          background: token.colorBgContainer,
          border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
          padding: token.paddingLG,
        }}
      >
        <h1 className="auth-title">{t('appName')}</h1>
        <p className="auth-subtitle">{subtitle}</p>
        {children}
      </div>
    </main>
  )
}
