import { Tag } from 'antd'
import type { TSubsidyClassification } from '@cr/shared/subsidies/subsidy-review'
import { useTranslation } from 'react-i18next'

/** 每年复核 (stable) or 每半年复核 (changing), short for a table cell; the full label on hover. */
export const ClassificationTag = ({
  classification,
}: {
  classification: TSubsidyClassification
}) => {
  const { t } = useTranslation('subsidyRoll')
  return (
    <Tag
      color={classification === 'changing' ? 'orange' : 'blue'}
      title={t(`reviews.classificationLong.${classification}`)}
    >
      {t(`reviews.classification.${classification}`)}
    </Tag>
  )
}
