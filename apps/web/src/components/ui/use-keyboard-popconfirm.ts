import { useId, useRef } from 'react'

/**
 * Makes an antd Popconfirm work from the keyboard: antd leaves focus on the trigger, so Tab
 * would walk past the confirmation. Opening it focuses 取消 (Enter does no harm; Tab reaches
 * the action), closing it returns focus to the trigger. Spread the result's `popconfirm` on the
 * Popconfirm and put `trigger` on its button.
 */
export const useKeyboardPopconfirm = () => {
  const scope = `confirm-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`
  const trigger = useRef<HTMLButtonElement>(null)
  const onOpenChange = (open: boolean) => {
    if (open) {
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLButtonElement>(`.${scope} .ant-popconfirm-buttons button`)
          ?.focus(),
      )
    } else {
      trigger.current?.focus()
    }
  }
  return { trigger, popconfirm: { onOpenChange, rootClassName: scope } }
}
