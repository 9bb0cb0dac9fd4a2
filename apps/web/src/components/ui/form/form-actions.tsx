import { Button, Space } from 'antd'
import { useTranslation } from 'react-i18next'

type TProps = { submitting: boolean; onCancel?: () => void; submitLabel?: string }

/**
 * Cancel and submit, right-aligned at the end of a form; the submit button is the form's. In a
 * dialog that scrolls (a long form, a phone) they stay at the bottom of the dialog, in reach.
 */
export const FormActions = ({ submitting, onCancel, submitLabel }: TProps) => {
  const { t } = useTranslation()
  return (
    <Space className="form-actions">
      {onCancel && <Button onClick={onCancel}>{t('actions.cancel')}</Button>}
      <Button type="primary" htmlType="submit" loading={submitting}>
        {submitLabel ?? t('actions.save')}
      </Button>
    </Space>
  )
}
