import { PrinterOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './print.css'

type TProps = {
  /** The link back to the record (返回 …), on the left. */
  back: ReactNode
  /** What else the document's page offers (a status, 登记回执 …), beside 打印. */
  extra?: ReactNode
  onPrint: () => void
  printing?: boolean
  disabled?: boolean
  /** Lines up with a landscape sheet. */
  wide?: boolean
}

/**
 * The bar above a printable sheet: 返回 on the left, 打印 (a real button, reached by Tab) on
 * the right. Hidden on paper by the print stylesheet, with the app's frame.
 */
export const PrintToolbar = ({ back, extra, onPrint, printing, disabled, wide }: TProps) => {
  const { t } = useTranslation('print')
  return (
    <div className={wide ? 'print-toolbar print-toolbar-wide' : 'print-toolbar'}>
      {back}
      <Space wrap>
        {extra}
        <Button
          type="primary"
          icon={<PrinterOutlined aria-hidden />}
          onClick={onPrint}
          loading={printing}
          disabled={disabled}
        >
          {t('action')}
        </Button>
      </Space>
    </div>
  )
}
