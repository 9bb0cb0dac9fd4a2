import type { ReactNode } from 'react'

/** A message on the phone page: a coloured box read out by screen readers (see phone-shell.tsx). */
export const Notice = ({
  type,
  title,
  children,
}: {
  type: 'success' | 'warning' | 'error'
  title: ReactNode
  children?: ReactNode
}) => (
  <div className={`patrol-phone__notice patrol-phone__notice--${type}`} role="alert">
    <strong>{title}</strong>
    {children}
  </div>
)

export const Loading = () => <p className="patrol-phone__loading">…</p>
