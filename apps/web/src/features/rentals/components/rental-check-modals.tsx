import { Modal } from 'antd'
import type { TPendingRegistration } from '@cr/shared/rentals/pending-registration'
import type { TRentalInspection } from '@cr/shared/rentals/rental-inspection'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import { useTranslation } from 'react-i18next'
import { ClearPendingForm } from './clear-pending-form'
import { RecordInspectionForm, RectifyInspectionForm } from './inspection-forms'
import { ReportPendingForm } from './report-pending-form'

/** Which follow-up step is open. */
export type TCheckModal =
  | { kind: 'inspect'; property: TRentalProperty }
  | { kind: 'rectify'; inspection: TRentalInspection }
  | { kind: 'clear'; pending: TPendingRegistration }
  | { kind: 'report'; property: TRentalProperty }

/** 记录检查, 整改完成, 核销: each a form in a dialog; Esc or 取消 closes without saving. */
export const RentalCheckModals = ({
  modal,
  onClose,
}: {
  modal: TCheckModal | null
  onClose: () => void
}) => {
  const { t } = useTranslation('rentalChecks')
  const title =
    modal?.kind === 'inspect'
      ? t('inspection.recordTitle', { address: modal.property.dwelling.name })
      : modal?.kind === 'rectify'
        ? t('inspection.rectifyTitle', { date: modal.inspection.inspectedOn })
        : modal?.kind === 'clear'
          ? t('pending.clearTitle', { name: modal.pending.name })
          : modal?.kind === 'report'
            ? t('pending.reportTitle', { address: modal.property.dwelling.name })
            : ''
  return (
    <Modal
      open={modal !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={modal?.kind === 'inspect' ? 720 : modal?.kind === 'report' ? 640 : 480}
      style={modal?.kind === 'inspect' ? { top: 24 } : undefined}
      mask={{ closable: false }}
    >
      {modal?.kind === 'inspect' && (
        <RecordInspectionForm property={modal.property} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'rectify' && (
        <RectifyInspectionForm inspection={modal.inspection} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'report' && (
        <ReportPendingForm propertyId={modal.property.id} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'clear' && (
        <ClearPendingForm pending={modal.pending} title={title} onDone={onClose} />
      )}
    </Modal>
  )
}
