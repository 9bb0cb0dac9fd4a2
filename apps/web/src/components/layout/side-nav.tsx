import { Link, useRouterState } from '@tanstack/react-router'
import { Menu, type MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { hasPermission, useMe } from '@/lib/auth'
import { activeNavPath, navGroups, navItems, type TNavGroup, type TNavItem } from './nav-items'

/**
 * The side navigation: only the pages this user may open. `onNavigate` runs when an item is
 * chosen, even the page already shown (the phone's drawer closes).
 */
export const SideNav = ({ onNavigate }: { onNavigate?: () => void }) => {
  const { t } = useTranslation()
  const me = useMe()
  const pathname = useRouterState({ select: (s) => s.location.pathname })
  const active = activeNavPath(pathname)
  const visible = navItems.filter((item) => !item.permission || hasPermission(me, item.permission))
  const entry = (item: TNavItem) => ({
    key: item.to,
    icon: item.icon,
    label: <Link to={item.to}>{t(`nav.${item.labelKey}`)}</Link>,
  })
  // A group's items become one submenu, where its first item would stand.
  const items: NonNullable<MenuProps['items']> = []
  const seen = new Set<TNavGroup>()
  for (const item of visible) {
    if (!item.group) {
      items.push(entry(item))
      continue
    }
    if (seen.has(item.group)) continue
    seen.add(item.group)
    const group = item.group
    items.push({
      key: `group:${group}`,
      icon: navGroups[group].icon,
      label: t(`nav.groups.${group}`),
      children: visible.filter((i) => i.group === group).map(entry),
    })
  }
  const openGroup = visible.find((i) => i.to === active)?.group
  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={[active]}
        defaultOpenKeys={openGroup ? [`group:${openGroup}`] : []}
        items={items}
        onClick={onNavigate}
      />
    </nav>
  )
}
