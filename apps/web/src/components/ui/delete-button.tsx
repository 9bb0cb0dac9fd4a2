import { useTranslation } from 'react-i18next'
import { ConfirmButton } from './confirm-button'

type TProps = { name: string; onConfirm: () => void; loading?: boolean }

/** 删除 with a confirmation naming the record. */
export const DeleteButton = ({ name, onConfirm, loading }: TProps) => {
  const { t } = useTranslation()
  return (
    <ConfirmButton
      label={t('actions.delete')}
      title={t('confirm.deleteTitle', { name })}
      description={t('confirm.deleteHint')}
      onConfirm={onConfirm}
      loading={loading}
    />
  )
}
