import { Button, Space } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type TProps = { filtered: boolean; onReset: () => void; children: ReactNode }

/** A list's filters in a row that wraps on a narrow screen, with 重置筛选 while any is set. */
export const ListToolbar = ({ filtered, onReset, children }: TProps) => {
  const { t } = useTranslation()
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {children}
      {filtered && (
        <Button type="link" onClick={onReset}>
          {t('actions.reset')}
        </Button>
      )}
    </Space>
  )
}
