import { Drawer } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type TProps = { open: boolean; onClose: () => void; children: ReactNode }

/**
 * The navigation on a phone: a drawer from the left (`app-shell.tsx`). Its own module, fetched on
 * a phone only: an office screen never loads Drawer (the bundle budget).
 */
export const NavDrawer = ({ open, onClose, children }: TProps) => {
  const { t } = useTranslation()
  return (
    <Drawer
      placement="left"
      size={232}
      open={open}
      onClose={onClose}
      closable={false}
      className="app-nav-drawer"
      aria-label={t('nav.label')}
    >
      {children}
    </Drawer>
  )
}
