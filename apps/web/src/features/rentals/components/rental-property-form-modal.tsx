import { Modal } from 'antd'
import { useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { recordPaths } from '@/config/paths'
import { CreateRentalPropertyForm } from './create-rental-property-form'

/**
 * 登记出租房屋 in a dialog; Esc or 取消 closes it without saving, and the form starts clean at
 * the next opening. A dwelling registered opens its rental page, where the contract is signed.
 */
export const RentalPropertyFormModal = ({
  open,
  onClose,
}: {
  open: boolean
  onClose: () => void
}) => {
  const { t } = useTranslation('rentals')
  const navigate = useNavigate()
  const title = t('create.title')
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={860}
      style={{ top: 24 }}
      mask={{ closable: false }}
    >
      {open && (
        <CreateRentalPropertyForm
          title={title}
          onDone={onClose}
          onCreated={(propertyId) =>
            void navigate({ to: recordPaths.rentalProperty, params: { propertyId } })
          }
        />
      )}
    </Modal>
  )
}
