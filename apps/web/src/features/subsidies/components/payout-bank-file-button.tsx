import { DownOutlined, DownloadOutlined } from '@ant-design/icons'
import { Button, Dropdown } from 'antd'
import { useTranslation } from 'react-i18next'
import { bankFileHref } from '../api/payout-mutations'

/**
 * 银行代发文件 ▾ (Excel, CSV) of a locked roll: plain links, so the browser downloads what the
 * server streams (the full accounts, for the bank only; the download is audited).
 */
export const BankFileButton = ({
  payoutId,
  label,
  size,
}: {
  payoutId: string
  label: string
  size?: 'small'
}) => {
  const { t } = useTranslation(['subsidyRoll', 'common'])
  const items = (['xlsx', 'csv'] as const).map((format) => ({
    key: format,
    label: (
      <a href={bankFileHref(payoutId, format)} download title={t('bankFile.hint')}>
        {t(`common:export.${format}`)}
      </a>
    ),
  }))
  return (
    <Dropdown trigger={['click']} menu={{ 'aria-label': label, items }}>
      <Button size={size} icon={<DownloadOutlined aria-hidden />} aria-label={label}>
        {t('bankFile.action')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  )
}
