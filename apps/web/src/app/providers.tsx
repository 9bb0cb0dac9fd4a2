import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { ConfigProvider } from 'antd'
import type { ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { FeedbackMount } from '@/components/feedback/feedback-mount'
import { antdLocaleFor } from '@/lib/antd-locale'
import { i18n } from '@/lib/i18n'
import { themeFor } from '@/config/theme'
import { useReducedMotion } from '@/hooks/use-reduced-motion'

/** antd follows the UI language (its own texts, date pickers, pagination). */
const LocalizedAntd = ({ children }: { children: ReactNode }) => {
  const { i18n: instance } = useTranslation()
  const language = instance.language === 'en' ? 'en' : 'zh-CN'
  const reducedMotion = useReducedMotion()
  const theme = themeFor(language, !reducedMotion)
  return (
    <ConfigProvider
      locale={antdLocaleFor(language)}
      theme={theme}
      // antd writes 登录 as "登 录" in buttons; that changes the accessible name.
      button={{ autoInsertSpace: false }}
    >
      {/* The text of the page in the theme's font, as antd's App would set it (app-text in
          styles.css); App itself is not used: it brings message, modal and notification into
          the first load, and lib/feedback.ts mounts the first two when they are needed. */}
      <div className="app-text" style={{ fontFamily: theme.token?.fontFamily }}>
        {children}
      </div>
      <FeedbackMount />
    </ConfigProvider>
  )
}

export const AppProviders = ({
  queryClient,
  children,
}: {
  queryClient: QueryClient
  children: ReactNode
}) => (
  <I18nextProvider i18n={i18n}>
    <QueryClientProvider client={queryClient}>
      <LocalizedAntd>{children}</LocalizedAntd>
    </QueryClientProvider>
  </I18nextProvider>
)
