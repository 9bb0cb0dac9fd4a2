import { Link } from '@tanstack/react-router'
import { Breadcrumb } from 'antd'
import { useTranslation } from 'react-i18next'
import { navItems, type TNavItem } from '@/components/layout/nav-items'

type TProps = {
  /** The top-level page the record belongs to, named as the navigation names it. */
  parent: TNavItem['to']
  /** The record: its name once it has loaded. */
  current?: string
}

/**
 * Where a page below the top level sits — 居民 › 张三 — with the way back up as a real link (it
 * opens in a new tab too). Shown before the record has loaded, so the way back is there even
 * when the record cannot be read.
 */
export const PageBreadcrumb = ({ parent, current }: TProps) => {
  const { t } = useTranslation()
  const item = navItems.find((i) => i.to === parent)
  const label = item ? t(`nav.${item.labelKey}`) : parent
  return (
    <Breadcrumb
      aria-label={t('breadcrumb')}
      style={{ marginBottom: 8 }}
      items={[
        { key: 'parent', title: <Link to={parent}>{label}</Link> },
        ...(current ? [{ key: 'current', title: current }] : []),
      ]}
    />
  )
}
