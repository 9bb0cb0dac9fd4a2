import { RightOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import type { TMe } from '@cr/shared/auth/auth'
import type { TPermission } from '@cr/shared/auth/roles'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { hasPermission } from '@/lib/auth'

type TShortcut = {
  key: 'residents' | 'places' | 'committees' | 'users' | 'apiTokens' | 'audit' | 'settings'
  to: (typeof paths)[keyof typeof paths]
  permission: TPermission
}

const shortcuts: TShortcut[] = [
  { key: 'residents', to: paths.residents, permission: 'registry:read' },
  { key: 'places', to: paths.places, permission: 'registry:read' },
  { key: 'committees', to: paths.committees, permission: 'committee:read' },
  { key: 'users', to: paths.users, permission: 'user:read' },
  { key: 'apiTokens', to: paths.apiTokens, permission: 'api-token:manage' },
  { key: 'audit', to: paths.audit, permission: 'audit:read' },
  { key: 'settings', to: paths.settings, permission: 'settings:manage' },
]

/**
 * The pages this user may open, each with what it is for. The link text is the purpose and
 * avoids the navigation's words, so `getByRole('link', { name: '居委会' })` stays unique.
 */
export const Shortcuts = ({ me }: { me: TMe }) => {
  const { t } = useTranslation(['home', 'common'])
  return (
    <ul className="shortcut-list">
      {shortcuts
        .filter((s) => hasPermission(me, s.permission))
        .map((s) => (
          <li key={s.key}>
            <Typography.Text strong style={{ display: 'block' }}>
              {t(`common:nav.${s.key}`)}
            </Typography.Text>
            <Link to={s.to} style={{ fontSize: 13 }}>
              {t(`shortcuts.${s.key}`)} <RightOutlined aria-hidden style={{ fontSize: 10 }} />
            </Link>
          </li>
        ))}
    </ul>
  )
}
