import { TagsOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Space } from 'antd'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { TagResidentsForm } from './tag-residents-form'

// Loaded when a row is first selected: the list's first load does not carry it.
const SelectionActions = lazy(() =>
  import('@/components/ui/selection-actions').then((m) => ({ default: m.SelectionActions })),
)

type TProps = {
  selected: string[]
  onClear: () => void
  /** The list's sort: the selection is exported and printed in it. */
  sort: string
  /** 批量打标签 is offered to those who may change residents. */
  canTag: boolean
}

/** Above the list while rows are selected: how many, 批量打标签, 导出所选, 打印所选, 清除选择. */
export const ResidentsBatchBar = ({ selected, onClear, sort, canTag }: TProps) => {
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
            {canTag && (
              <Button
                size="small"
                icon={<TagsOutlined aria-hidden />}
                onClick={() => setTagging(true)}
              >
                {t('batch.tag')}
              </Button>
            )}
            <Suspense fallback={null}>
              <SelectionActions
                list="residents"
                ids={selected}
                sort={sort}
                printPath={paths.residentsSelectionPrint}
              />
            </Suspense>
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
