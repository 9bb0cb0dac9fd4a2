import { Tag } from 'antd'
import type { TImportStatus } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { importStatusColors } from '../utils/import-status'

export const ImportStatusTag = ({ status }: { status: TImportStatus }) => {
  const { t } = useTranslation('imports')
  return <Tag color={importStatusColors[status]}>{t(`status.${status}`)}</Tag>
}
