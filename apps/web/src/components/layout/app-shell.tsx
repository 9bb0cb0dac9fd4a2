import { BankOutlined, LeftOutlined, MenuOutlined, RightOutlined } from '@ant-design/icons'
import { Navigate, Outlet, useRouterState } from '@tanstack/react-router'
import { Button, Layout, Space } from 'antd'
// antd's breakpoint hook by its module: `Grid` is its Row and Col too, which the page chunks
// (vite.config.ts) then counted into every signed-in page's first load.
import useBreakpoint from 'antd/es/grid/hooks/useBreakpoint'
import { Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageLoading } from '@/components/ui/page-loading'
import { paths } from '@/config/paths'
import { useMaybeMe } from '@/lib/auth'
import { prefetchTexts } from '@/lib/i18n'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { whenIdle } from '@/lib/when-idle'
import { LanguageSwitch } from './language-switch'
import { ScopeLine } from './scope-line'
import { SideNav } from './side-nav'
import { UserMenu } from './user-menu'

const NavDrawer = lazyOnIdle(() => import('./nav-drawer').then((m) => m.NavDrawer))

const Brand = () => {
  const { t } = useTranslation()
  return (
    <div className="app-brand">
      <BankOutlined className="app-brand-mark" aria-hidden />
      <span className="app-brand-name">{t('appName')}</span>
    </div>
  )
}

/**
 * The signed-in frame: side navigation, header with language and user menu, the page. On a
 * phone (narrower than antd's `md`, 768 px) the navigation is a drawer opened from the header,
 * so the page has the whole width; it closes when a page is chosen.
 */
export const AppShell = () => {
  const { t } = useTranslation()
  const me = useMaybeMe()
  const phone = useBreakpoint().md === false
  const [collapsed, setCollapsed] = useState(false)
  const href = useRouterState({ select: (state) => state.location.href })
  const pathname = useRouterState({ select: (state) => state.location.pathname })
  // The drawer is open on the page it was opened on: choosing a page closes it by itself.
  const [drawerOpenOn, setDrawerOpenOn] = useState<string | null>(null)
  const drawerOpen = drawerOpenOn === pathname
  const setDrawerOpen = (open: boolean) => setDrawerOpenOn(open ? pathname : null)
  // The other pages' texts, so that going to one does not wait for them (lib/i18n.ts).
  useEffect(() => whenIdle(() => void prefetchTexts()), [])
  // `me` refetched as nobody (session ended while the tab was idle): sign in again, come back.
  if (!me) return <Navigate to={paths.login} search={{ redirect: href, expired: true }} />
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      {phone ? (
        <NavDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)}>
          <Brand />
          <SideNav onNavigate={() => setDrawerOpen(false)} />
        </NavDrawer>
      ) : (
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
          <Brand />
          <SideNav />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined aria-hidden />}
              aria-label={t(drawerOpen ? 'nav.close' : 'nav.open')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(!drawerOpen)}
              className="app-nav-button"
            />
          )}
          <span className="text-secondary app-header-subtitle">
            <ScopeLine />
          </span>
          <Space size={phone ? 'small' : 'middle'} className="app-header-tools">
            <LanguageSwitch />
            <UserMenu compact={phone} />
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
