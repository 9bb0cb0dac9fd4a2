import { Button, Empty } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type TProps = {
  /** Filters are set: "nothing matches" and a way to clear them, not "nothing exists". */
  filtered: boolean
  onClearFilters: () => void
  emptyTitle: string
  emptyHint?: string
  /** The create button, for users who may create. */
  action?: ReactNode
}

export const ListEmpty = ({ filtered, onClearFilters, emptyTitle, emptyHint, action }: TProps) => {
  const { t } = useTranslation()
  if (filtered) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.noMatch')}>
        <Button onClick={onClearFilters}>{t('actions.reset')}</Button>
      </Empty>
    )
  }
  return (
    <Empty
      description={
        <>
          <div style={{ fontWeight: 500 }}>{emptyTitle}</div>
          {emptyHint && <div>{emptyHint}</div>}
        </>
      }
    >
      {action}
    </Empty>
  )
}
