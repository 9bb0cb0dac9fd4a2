import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { LoginAlertPlain, type TLoginAlertProps } from './login-alert-plain'

/**
 * The sign-in page's notices load when the browser is idle: antd's Alert (≈3 KiB gzipped) is not
 * on the first paint of a page that shows one only after a failed attempt or an expired session.
 */
export const LoginAlertLazy = lazyOnIdle<TLoginAlertProps>(
  () => import('./login-alert').then((m) => m.LoginAlert),
  LoginAlertPlain,
)
