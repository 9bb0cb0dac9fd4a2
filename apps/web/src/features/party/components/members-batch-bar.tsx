import { MoneyCollectOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Space } from 'antd'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'
import { PayDuesBatchForm } from './pay-dues-batch-form'

// Loaded when a row is first selected: the list's first load does not carry it.
const SelectionActions = lazy(() =>
  import('@/components/ui/selection-actions').then((m) => ({ default: m.SelectionActions })),
)

type TProps = {
  selected: string[]
  onClear: () => void
  /** 批量登记党费 is offered to those who may record dues. */
  canPay: boolean
}

/**
 * Above the roster while members are selected: how many, 批量登记党费, 导出所选, 打印所选,
 * 清除选择 (the roster's order: 入党时间).
 */
export const MembersBatchBar = ({ selected, onClear, canPay }: TProps) => {
  const { t } = useTranslation('party')
  const [paying, setPaying] = useState(false)
  if (selected.length === 0) return null
  const title = t('members.batch.payTitle', { count: selected.length })
  return (
    <>
      <Alert
        type="info"
        role="region"
        aria-label={t('members.batch.label')}
        style={{ marginBottom: 12 }}
        title={
          <Space wrap>
            <span>{t('members.batch.selected', { count: selected.length })}</span>
            {canPay && (
              <Button
                size="small"
                icon={<MoneyCollectOutlined aria-hidden />}
                onClick={() => setPaying(true)}
              >
                {t('members.batch.pay')}
              </Button>
            )}
            <Suspense fallback={null}>
              <SelectionActions
                list="party-members"
                ids={selected}
                printPath={paths.partyMembersSelectionPrint}
              />
            </Suspense>
            <Button size="small" type="link" onClick={onClear}>
              {t('members.batch.clear')}
            </Button>
          </Space>
        }
      />
      <Modal
        open={paying}
        title={title}
        onCancel={() => setPaying(false)}
        footer={null}
        destroyOnHidden
      >
        <PayDuesBatchForm
          memberIds={selected}
          title={title}
          onCancel={() => setPaying(false)}
          onDone={() => {
            setPaying(false)
            onClear()
          }}
        />
      </Modal>
    </>
  )
}
