import { Modal, message } from 'antd'
import { useEffect } from 'react'
import { provideFeedback } from '@/lib/feedback'

/** antd's message and confirm in the app's theme and language (`lib/feedback.ts`). */
export const FeedbackHost = () => {
  const [messageApi, messageHolder] = message.useMessage()
  const [modalApi, modalHolder] = Modal.useModal()
  useEffect(() => provideFeedback({ message: messageApi, modal: modalApi }), [messageApi, modalApi])
  return (
    <>
      {messageHolder}
      {modalHolder}
    </>
  )
}
