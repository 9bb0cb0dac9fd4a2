import { DownOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { useNavigate } from '@tanstack/react-router'
import { Button, Dropdown } from 'antd'
import type { MenuProps } from 'antd'
import { roleLabels } from '@cr/shared/auth/roles'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { useMe } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { useLogout } from '@/hooks/use-logout'

/**
 * Display name and role, with 修改密码 and 退出登录. `compact` (a phone): the name only, the
 * role is in the menu, so the header fits 390 px.
 */
export const UserMenu = ({ compact = false }: { compact?: boolean }) => {
  const { t, i18n } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const logout = useLogout()
  const role = pickLabel(roleLabels[me.user.role], i18n.language)
  const items: MenuProps['items'] = [
    ...(compact
      ? [{ key: 'role', label: role, disabled: true }, { type: 'divider' as const }]
      : []),
    {
      key: 'change-password',
      icon: <LockOutlined aria-hidden />,
      label: t('userMenu.changePassword'),
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined aria-hidden />,
      label: t('userMenu.logout'),
      danger: true,
    },
  ]
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'change-password') void navigate({ to: paths.changePassword })
    if (key === 'logout') logout()
  }
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" icon={<UserOutlined aria-hidden />} aria-haspopup="menu">
        <span className="user-menu-name">{me.user.displayName}</span>
        {!compact && (
          <span className="text-secondary" style={{ fontSize: 12 }}>
            {role}
          </span>
        )}
        <DownOutlined aria-hidden style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  )
}
