import { MoneyCollectOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PayDuesBatchForm } from './pay-dues-batch-form'

type TProps = { selected: string[]; onClear: () => void }

/** Above the roster while members are selected: how many, 批量登记党费, 清除选择. */
export const MembersBatchBar = ({ selected, onClear }: TProps) => {
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
            <Button
              size="small"
              icon={<MoneyCollectOutlined aria-hidden />}
              onClick={() => setPaying(true)}
            >
              {t('members.batch.pay')}
            </Button>
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
