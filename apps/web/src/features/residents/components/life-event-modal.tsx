import { Modal } from 'antd'
import { lifeEventChoices } from '@cr/shared/residents/life-event'
import type { TResident } from '@cr/shared/residents/resident'
import { useTranslation } from 'react-i18next'
import { LifeEventForm } from './life-event-form'

type TProps = {
  resident: TResident
  /** Whether an event stands that a correction could take back. */
  hasStanding: boolean
  open: boolean
  onClose: () => void
}

/** 登记变动 in a modal; Esc or 取消 closes without saving. */
export const LifeEventModal = ({ resident, hasStanding, open, onClose }: TProps) => {
  const { t } = useTranslation('residents')
  const title = t('lifeEvents.title', { name: resident.name })
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={560}
      // Near the top, as the resident form: every type's fields and the buttons fit 768 px.
      style={{ top: 24 }}
      mask={{ closable: false }}
    >
      <LifeEventForm
        resident={resident}
        choices={lifeEventChoices(resident.status, hasStanding)}
        title={title}
        onDone={onClose}
      />
    </Modal>
  )
}
