import { Result } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A 打印所选 page opened without a selection (a bookmark, a new tab: the ids live in the
 * history entry): say so, with the way back to the list.
 */
export const NoSelection = ({ back }: { back: ReactNode }) => {
  const { t } = useTranslation('print')
  return (
    <Result
      status="info"
      title={t('selection.none')}
      subTitle={t('selection.noneHint')}
      extra={back}
    />
  )
}
