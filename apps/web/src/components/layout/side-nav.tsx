import { Link, useRouterState } from '@tanstack/react-router'
import { Menu, type MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { hasPermission, useMe } from '@/lib/auth'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { paths } from '@/config/paths'
import { activeNavPath, groupNavItems, navItems, type TNavItem } from './nav-items'

// The count beside 提醒中心 (antd's Badge, its query) is not in the first load: the bundle budget.
const RemindersBadge = lazyOnIdle(() => import('./reminders-badge').then((m) => m.RemindersBadge))

type TMenuItem = NonNullable<MenuProps['items']>[number]

/**
 * The side navigation: only the pages this user may open. `onNavigate` runs when an item is
 * chosen, even the page already shown (the phone's drawer closes).
 */
export const SideNav = ({ onNavigate }: { onNavigate?: () => void }) => {
  const { t } = useTranslation()
  const me = useMe()
  const pathname = useRouterState({ select: (s) => s.location.pathname })
  const entry = (item: TNavItem) => ({
    key: item.to,
    icon: item.icon,
    label: (
      <>
        <Link to={item.to}>{t(`nav.${item.labelKey}`)}</Link>
        {item.to === paths.reminders && <RemindersBadge />}
      </>
    ),
  })
  const items = groupNavItems(
    navItems.filter((item) => !item.permission || hasPermission(me, item.permission)),
  ).flatMap<TMenuItem>((e) =>
    e.kind === 'item'
      ? [entry(e.item)]
      : [
          {
            type: 'group' as const,
            key: `group-${e.group}`,
            label: t(`nav.groups.${e.group}`),
            children: e.items.map(entry),
          },
          // The items after a group are not of it: a rule ends it.
          { type: 'divider' as const, key: `group-${e.group}-end` },
        ],
  )
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[activeNavPath(pathname)]}
        items={items}
        onClick={onNavigate}
      />
    </nav>
  )
}
