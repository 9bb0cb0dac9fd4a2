import { Card, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '@/components/layout/language-switch'

/** The frame of the sign-in and forced password-change pages: product name, one card. */
export const AuthLayout = ({ subtitle, children }: { subtitle: string; children: ReactNode }) => {
  const { t } = useTranslation()
  return (
    <main className="auth-page">
      <div style={{ position: 'fixed', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>
      <Card className="auth-card">
        <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 4, textAlign: 'center' }}>
          {t('appName')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 24 }}>
          {subtitle}
        </Typography.Paragraph>
        {children}
      </Card>
    </main>
  )
}
