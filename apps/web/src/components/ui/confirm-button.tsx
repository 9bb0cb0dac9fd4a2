import { Button, Popconfirm } from 'antd'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useKeyboardPopconfirm } from './use-keyboard-popconfirm'

type TProps = {
  /** The button's text (删除, 吊销); also the confirm button's. */
  label: string
  title: ReactNode
  description?: ReactNode
  onConfirm: () => void
  loading?: boolean
  'aria-label'?: string
}

/**
 * A dangerous row action behind a Popconfirm that works from the keyboard: antd leaves focus on
 * the trigger, so Tab would walk past the confirmation. Opening it focuses 取消 (Enter does no
 * harm; Tab reaches the dangerous button), and closing it returns focus to the trigger.
 */
export const ConfirmButton = ({
  label,
  title,
  description,
  onConfirm,
  loading,
  ...rest
}: TProps) => {
  const { t } = useTranslation()
  const { trigger, popconfirm } = useKeyboardPopconfirm()
  return (
    <Popconfirm
      title={title}
      description={description}
      okText={label}
      okButtonProps={{ danger: true }}
      cancelText={t('actions.cancel')}
      onConfirm={onConfirm}
      {...popconfirm}
    >
      <Button
        ref={trigger}
        type="link"
        size="small"
        danger
        loading={loading}
        aria-label={rest['aria-label']}
      >
        {label}
      </Button>
    </Popconfirm>
  )
}
