import { Modal } from 'antd'
import type { TRentalContract } from '@cr/shared/rentals/rental-contract'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import { useTranslation } from 'react-i18next'
import { CancelContractForm, RenewContractForm, SignContractForm } from './contract-forms'

/** Which contract step is open. */
export type TContractModal =
  | { kind: 'sign' }
  | { kind: 'renew'; contract: TRentalContract }
  | { kind: 'cancel'; contract: TRentalContract }

type TProps = { property: TRentalProperty; modal: TContractModal | null; onClose: () => void }

/** 签订, 续签, 注销: each a small form in a dialog; Esc or 取消 closes without saving. */
export const ContractModals = ({ property, modal, onClose }: TProps) => {
  const { t } = useTranslation('rentals')
  const title =
    modal?.kind === 'sign'
      ? t('contract.signTitle', { address: property.dwelling.name })
      : modal?.kind === 'renew'
        ? t('contract.renewTitle', { number: modal.contract.number })
        : modal?.kind === 'cancel'
          ? t('contract.cancelTitle', { number: modal.contract.number })
          : ''
  return (
    <Modal
      open={modal !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={modal?.kind === 'cancel' ? 480 : 640}
      mask={{ closable: false }}
    >
      {modal?.kind === 'sign' && (
        <SignContractForm property={property} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'renew' && (
        <RenewContractForm contract={modal.contract} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'cancel' && (
        <CancelContractForm contract={modal.contract} title={title} onDone={onClose} />
      )}
    </Modal>
  )
}
