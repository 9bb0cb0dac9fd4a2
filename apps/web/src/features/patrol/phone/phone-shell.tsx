import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { Button } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { logout, meQueryKey, useMe } from '@/lib/auth'
import { setPhoneOwner, useOfflineQueue } from './use-offline-queue'
import { usePhoneManifest } from './use-phone-manifest'
import './phone.css'

/**
 * The phone's frame: no side menu, a top bar with who is signed in, the queue's state and sign
 * out; big type and ≥ 48 px targets (phone.css) for a cold hand at night. Only antd's Button is
 * used on these screens: each other antd component made the bundler re-split chunks the office
 * pages share, and the sign-in page's first load went over its budget.
 */
export const PhoneShell = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation('patrol')
  const me = useMe()
  // Before the screens below use the queue: theirs is this account's (use-offline-queue.ts).
  setPhoneOwner(me.user.id)
  const signOut = useSignOut()
  usePhoneManifest()
  return (
    <>
      <div className="patrol-phone">
        <header className="patrol-phone__bar">
          <span className="patrol-phone__user">{me.user.displayName}</span>
          <QueueState />
          <Button type="text" className="patrol-phone__signout" onClick={() => void signOut()}>
            {t('phone.signOut')}
          </Button>
        </header>
        <main className="patrol-phone__main">{children}</main>
      </div>
    </>
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

/**
 * Signs out as the office frame does (hooks/use-logout.ts), without importing it: shared with the
 * office frame it became a chunk of its own that every office page then fetched. The queue is
 * kept: what was recorded is sent after the next sign-in.
 */
const useSignOut = () => {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async () => {
    await logout().catch(() => null)
    await navigate({ to: paths.login })
    queryClient.clear()
    queryClient.setQueryData(meQueryKey, null)
  }
}
