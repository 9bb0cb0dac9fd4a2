import { Outlet } from '@tanstack/react-router'
import { Button, ConfigProvider } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLogout } from '@/hooks/use-logout'
import { useMe } from '@/lib/auth'
import { useOfflineQueue } from './use-offline-queue'
import { usePhoneManifest } from './use-phone-manifest'
import './phone.css'

/**
 * The phone's frame: no side menu, a top bar with who is signed in, the queue's state and sign
 * out; big type and ≥ 48 px targets (antd's large size raised to 52 px) for a cold hand at night.
 */
export const PhoneShell = () => {
  const { t } = useTranslation('patrol')
  const me = useMe()
  const logout = useLogout()
  usePhoneManifest()
  return (
    <ConfigProvider
      componentSize="large"
      theme={{ token: { fontSize: 18, controlHeightLG: 52, fontSizeLG: 20 } }}
    >
      <div className="patrol-phone">
        <header className="patrol-phone__bar">
          <span className="patrol-phone__user">{me.user.displayName}</span>
          <QueueState />
          <Button type="text" className="patrol-phone__signout" onClick={logout}>
            {t('phone.signOut')}
          </Button>
        </header>
        <main className="patrol-phone__main">
          <Outlet />
        </main>
      </div>
    </ConfigProvider>
  )
}

/** 待发送 N 条 / 已全部发送 / N 条未能发送: the queue at a glance, read out when it changes. */
const QueueState = () => {
  const { t } = useTranslation('patrol')
  const { waiting, parked } = useOfflineQueue()
  const [text, tone] =
    waiting.length > 0
      ? [t('phone.queue.pending', { count: waiting.length }), 'waiting']
      : parked.length > 0
        ? [t('phone.queue.refused', { count: parked.length }), 'refused']
        : [t('phone.queue.allSent'), 'sent']
  return (
    <span className={`patrol-phone__queue patrol-phone__queue--${tone}`} role="status">
      {text}
    </span>
  )
}
