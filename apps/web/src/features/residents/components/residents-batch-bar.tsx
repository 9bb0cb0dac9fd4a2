import { TagsOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TagResidentsForm } from './tag-residents-form'

type TProps = { selected: string[]; onClear: () => void }

/** Above the list while rows are selected: how many, 批量打标签, 清除选择. */
export const ResidentsBatchBar = ({ selected, onClear }: TProps) => {
  const { t } = useTranslation('residents')
  const [tagging, setTagging] = useState(false)
  if (selected.length === 0) return null
  return (
    <>
      <Alert
        type="info"
        role="region"
        aria-label={t('batch.label')}
        style={{ marginBottom: 12 }}
        title={
          <Space wrap>
            <span>{t('batch.selected', { count: selected.length })}</span>
            <Button
              size="small"
              icon={<TagsOutlined aria-hidden />}
              onClick={() => setTagging(true)}
            >
              {t('batch.tag')}
            </Button>
            <Button size="small" type="link" onClick={onClear}>
              {t('batch.clear')}
            </Button>
          </Space>
        }
      />
      <Modal
        open={tagging}
        title={t('batch.tagTitle', { count: selected.length })}
        onCancel={() => setTagging(false)}
        footer={null}
        destroyOnHidden
      >
        <TagResidentsForm
          residentIds={selected}
          onDone={() => {
            setTagging(false)
            onClear()
          }}
        />
      </Modal>
    </>
  )
}
