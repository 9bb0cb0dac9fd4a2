import { Alert } from 'antd'
import { ProblemAlert } from '@/components/errors/problem-alert'
import type { TLoginAlertProps } from './login-alert-plain'

/** The sign-in page's notices, in antd's Alert (loaded when idle: see `LoginAlertLazy`). */
export const LoginAlert = (props: TLoginAlertProps) =>
  props.kind === 'problem' ? (
    <ProblemAlert error={props.error} />
  ) : (
    <Alert
      type={props.kind}
      showIcon
      role={props.kind === 'warning' ? 'alert' : undefined}
      title={props.text}
      style={{ marginBottom: 16 }}
    />
  )
