import { Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { UploadImportForm } from './upload-import-form'

type TProps = { open: boolean; onClose: () => void; onUploaded: (jobId: string) => void }

/** 导入台账: the upload step of the wizard. The job page takes over once the file is in. */
export const UploadImportModal = ({ open, onClose, onUploaded }: TProps) => {
  const { t } = useTranslation('imports')
  return (
    <Modal
      open={open}
      title={t('upload.title')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={600}
      mask={{ closable: false }}
    >
      <UploadImportForm onCancel={onClose} onUploaded={onUploaded} />
    </Modal>
  )
}
