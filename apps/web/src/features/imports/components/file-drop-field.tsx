import { InboxOutlined } from '@ant-design/icons'
import { Upload } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'

export const maxImportBytes = 50 * 1024 * 1024
const accepted = ['.xlsx', '.csv']

/** Why a file cannot be imported, checked before anything is sent; null when it can. */
export const fileProblem = (file: File): 'fileType' | 'fileTooLarge' | null => {
  const name = file.name.toLowerCase()
  if (!accepted.some((ext) => name.endsWith(ext))) return 'fileType'
  if (file.size > maxImportBytes) return 'fileTooLarge'
  return null
}

type TProps = {
  a11y: TFieldA11y
  value: File | undefined
  onChange: (file: File | undefined) => void
  onRejected: (problem: 'fileType' | 'fileTooLarge') => void
}

/** One ledger file, clicked or dropped; kept in the form, never uploaded by antd itself. */
export const FileDropField = ({ a11y, value, onChange, onRejected }: TProps) => {
  const { t } = useTranslation('imports')
  return (
    <Upload.Dragger
      id={a11y.id}
      accept={accepted.join(',')}
      multiple={false}
      maxCount={1}
      fileList={
        value ? [{ uid: 'ledger', name: value.name, size: value.size, status: 'done' }] : []
      }
      beforeUpload={(file) => {
        const problem = fileProblem(file)
        if (problem) onRejected(problem)
        else onChange(file)
        return false
      }}
      onRemove={() => onChange(undefined)}
      showUploadList={{ removeIcon: undefined, showRemoveIcon: true }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t('upload.drop')}</p>
      <p className="ant-upload-hint">{t('upload.dropHint')}</p>
    </Upload.Dragger>
  )
}
