import { ArrowLeftOutlined, AuditOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Skeleton, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ProblemResult } from '@/components/errors/problem-result'
import { PrintToolbar } from '@/components/print/print-toolbar'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { useLetterPrinted, useTransfer } from '../api/transfers'
import { ReceiptForm } from './receipt-form'
import { TransferLetter } from './transfer-letter'
import './party.css'

/**
 * The letter on an A4 sheet, ready to print: 打印 counts the printing (the 存根 register keeps
 * it) and opens the browser's print dialog; the print stylesheet leaves only the sheet. The
 * toolbar is the print layout's (`components/print`); the sheet is the form's own, edge to edge.
 */
export const TransferLetterPage = ({ transferId }: { transferId: string }) => {
  const { t } = useTranslation(['party', 'common'])
  const canWrite = useCan('party:write')
  const query = useTransfer(transferId)
  const printed = useLetterPrinted()
  const [receiving, setReceiving] = useState(false)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  const letter = query.data
  // Outstanding: issued here and the 回执 has not come back (valid or already expired).
  const outstanding = letter.direction === 'out' && letter.receiptReturnedOn === null
  const receiptTitle = t('letter.receiptTitle', { serial: letter.serialNumber })
  const print = () => {
    if (canWrite) printed.mutate(letter.id)
    window.print()
  }
  return (
    <>
      <PrintToolbar
        back={
          <ButtonLink
            to={recordPaths.partyMember}
            params={{ memberId: letter.member.id }}
            kind="link"
            icon={<ArrowLeftOutlined aria-hidden />}
          >
            {t('letter.back')}
          </ButtonLink>
        }
        onPrint={print}
        printing={printed.isPending}
        extra={
          <>
            <Tag
              color={
                letter.status === 'valid' ? 'green' : letter.status === 'received' ? 'blue' : 'red'
              }
            >
              {t(`letter.status.${letter.status}`)}
            </Tag>
            {letter.receiptReturnedOn && (
              <Typography.Text type="secondary">
                {t('letter.receivedOn', { date: letter.receiptReturnedOn })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" aria-live="polite">
              {t('letter.printed', { count: letter.printCount })}
            </Typography.Text>
            {canWrite && outstanding && (
              <Button icon={<AuditOutlined aria-hidden />} onClick={() => setReceiving(true)}>
                {t('letter.registerReceipt')}
              </Button>
            )}
          </>
        }
      />
      {printed.error && <ProblemAlert error={printed.error} />}
      {letter.status === 'expired' && (
        <Alert type="warning" showIcon title={t('letter.expired')} className="letter-toolbar" />
      )}
      <h1 className="visually-hidden">{t('letter.pageTitle')}</h1>
      <TransferLetter transfer={letter} />
      <Modal
        open={receiving}
        title={receiptTitle}
        onCancel={() => setReceiving(false)}
        footer={null}
        destroyOnHidden
        width={420}
        mask={{ closable: false }}
      >
        {receiving && (
          <ReceiptForm
            transferId={letter.id}
            title={receiptTitle}
            onDone={() => setReceiving(false)}
          />
        )}
      </Modal>
    </>
  )
}
