import { Button, Popconfirm, type ButtonProps } from 'antd'
import { type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useKeyboardPopconfirm } from '@/components/ui/use-keyboard-popconfirm'

type TProps = Omit<ButtonProps, 'onClick'> & {
  /** The confirm button's text. */
  okText: string
  title: ReactNode
  description?: ReactNode
  onConfirm: () => void
  danger?: boolean
}

/**
 * A weighty action (确认导入, 撤销导入) behind a Popconfirm that works from the keyboard, as
 * components/ui/confirm-button does for row actions: opening it focuses 取消, Tab reaches the
 * action, closing returns focus to the trigger.
 */
export const PopconfirmButton = ({
  okText,
  title,
  description,
  onConfirm,
  danger,
  ...button
}: TProps) => {
  const { t } = useTranslation()
  const { trigger, popconfirm } = useKeyboardPopconfirm()
  return (
    <Popconfirm
      title={title}
      description={<div style={{ maxWidth: 360 }}>{description}</div>}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('actions.cancel')}
      onConfirm={onConfirm}
      {...popconfirm}
      disabled={button.disabled}
    >
      <Button ref={trigger} danger={danger} {...button} />
    </Popconfirm>
  )
}
