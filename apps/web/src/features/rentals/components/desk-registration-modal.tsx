import { Modal } from 'antd'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TDeskPending } from '../utils/desk-values'
import { DeskRegistrationForm } from './desk-registration-form'

/** 暂住登记 in a dialog, from the list or from a rented dwelling (then preset to it). */
export const DeskRegistrationModal = ({
  open,
  propertyId,
  pending,
  onClose,
}: {
  open: boolean
  propertyId?: string
  /** 登记 of a person pending registration: named, and resolved by the registration. */
  pending?: TDeskPending
  onClose: () => void
}) => {
  const { t } = useTranslation('rentals')
  const title = t('desk.title')
  // The dialog takes the focus as it opens; the ID number gets it back once it is open, so the
  // clerk types the number straight away.
  const focusFirstRef = useRef<(() => void) | undefined>(undefined)
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={760}
      style={{ top: 24 }}
      mask={{ closable: false }}
      afterOpenChange={(opened) => opened && focusFirstRef.current?.()}
    >
      {open && (
        <DeskRegistrationForm
          title={title}
          propertyId={propertyId}
          pending={pending}
          onDone={onClose}
          focusFirstRef={focusFirstRef}
        />
      )}
    </Modal>
  )
}
