import { BankOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Navigate, Outlet, useRouterState } from '@tanstack/react-router'
import { Layout, Space, Typography } from 'antd'
import { Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageLoading } from '@/components/ui/page-loading'
import { paths } from '@/config/paths'
import { useMaybeMe } from '@/lib/auth'
import { LanguageSwitch } from './language-switch'
import { ScopeLine } from './scope-line'
import { SideNav } from './side-nav'
import { UserMenu } from './user-menu'

/** The signed-in frame: side navigation, header with language and user menu, the page. */
export const AppShell = () => {
  const { t } = useTranslation()
  const me = useMaybeMe()
  const [collapsed, setCollapsed] = useState(false)
  const href = useRouterState({ select: (state) => state.location.href })
  // `me` refetched as nobody (session ended while the tab was idle): sign in again, come back.
  if (!me) return <Navigate to={paths.login} search={{ redirect: href, expired: true }} />
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <Layout.Sider
        width={196}
        breakpoint="lg"
        collapsedWidth={56}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        // Named in the page's language (antd's own trigger is an icon named "left"/"right").
        trigger={
          <span
            role="button"
            tabIndex={0}
            aria-label={t(collapsed ? 'nav.expand' : 'nav.collapse')}
            aria-expanded={!collapsed}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return
              event.preventDefault()
              setCollapsed(!collapsed)
            }}
          >
            {collapsed ? <RightOutlined aria-hidden /> : <LeftOutlined aria-hidden />}
          </span>
        }
        className="app-sider"
      >
        <div className="app-brand">
          <BankOutlined className="app-brand-mark" aria-hidden />
          <span className="app-brand-name">{t('appName')}</span>
        </div>
        <SideNav />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text type="secondary" className="app-header-subtitle">
            <ScopeLine />
          </Typography.Text>
          <Space size="middle">
            <LanguageSwitch />
            <UserMenu />
          </Space>
        </Layout.Header>
        <Layout.Content id="main-content" tabIndex={-1} className="app-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
