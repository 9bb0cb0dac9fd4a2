import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import type { ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { i18n } from '@/lib/i18n'
import { themeFor } from '@/config/theme'
import { useReducedMotion } from '@/hooks/use-reduced-motion'

/** antd follows the UI language (its own texts, date pickers, pagination). */
const LocalizedAntd = ({ children }: { children: ReactNode }) => {
  const { i18n: instance } = useTranslation()
  const language = instance.language === 'en' ? 'en' : 'zh-CN'
  const reducedMotion = useReducedMotion()
  return (
    <ConfigProvider
      locale={language === 'en' ? enUS : zhCN}
      theme={themeFor(language, !reducedMotion)}
      // antd writes 登录 as "登 录" in buttons; that changes the accessible name.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>{children}</AntApp>
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
