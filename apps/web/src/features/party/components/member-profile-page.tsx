import { EditOutlined, PrinterOutlined } from '@ant-design/icons'
import { useNavigate } from '@tanstack/react-router'
import { Alert, Button, Col, Modal, Row, Skeleton, Space } from 'antd'
import type { TPartyTransfer } from '../api/transfers'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { ButtonLink } from '@/components/ui/button-link'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { RecordFormModal, type TFormTarget } from '@/components/ui/record-form-modal'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { useMember } from '../api/get-member'
import { EditMemberForm } from './edit-member-form'
import { EvaluationsCard } from './evaluations-card'
import { LeaveForm } from './leave-form'
import { MemberStatusTag } from './member-columns'
import { MemberFacts, MemberPerson, stateText } from './member-facts'
import { MemberHistory, useTransferIdOf } from './member-history'
import { PayDuesForm } from './pay-dues-form'
import { ConfirmForm, ExtendForm, TransferOutForm } from './step-forms'
import './party.css'

type TStep = 'confirm' | 'extend' | 'transferOut' | 'payDues' | 'leave'

/** 党员档案: the person, the party record, the history, and the steps the state allows. */
export const MemberProfilePage = ({ memberId }: { memberId: string }) => {
  const { t, i18n } = useTranslation(['party', 'common'])
  const navigate = useNavigate()
  const canWrite = useCan('party:write')
  const query = useMember(memberId)
  const [step, setStep] = useState<TStep | null>(null)
  const [editing, setEditing] = useState<TFormTarget | null>(null)
  const transferId = useTransferIdOf(memberId, query.data?.state === 'transferred_out')
  const back = <PageBreadcrumb parent={paths.partyMembers} current={query.data?.resident.name} />
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />
  if (query.isError)
    return (
      <>
        {back}
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const m = query.data
  const active = m.state === 'active'
  const probationary = active && m.status === 'probationary'
  const close = () => setStep(null)
  const onIssued = (transfer: TPartyTransfer) => {
    close()
    void navigate({ to: recordPaths.partyTransferPrint, params: { transferId: transfer.id } })
  }
  const name = m.resident.name
  const title = step ? t(`steps.titles.${step}`, { name }) : ''
  const editTitle = t('edit.title', { name })
  const actions = (
    <Space wrap>
      {canWrite && (
        <Button
          icon={<EditOutlined aria-hidden />}
          onClick={() => setEditing({ mode: 'edit', id: m.id })}
        >
          {t('common:actions.edit')}
        </Button>
      )}
      {canWrite && probationary && (
        <Button type="primary" onClick={() => setStep('confirm')}>
          {t('steps.confirm')}
        </Button>
      )}
      {canWrite && probationary && m.probationExtendedMonths === null && (
        <Button onClick={() => setStep('extend')}>{t('steps.extend')}</Button>
      )}
      {canWrite && active && (
        <Button onClick={() => setStep('payDues')}>{t('steps.payDues')}</Button>
      )}
      {canWrite && active && (
        <Button danger onClick={() => setStep('transferOut')}>
          {t('steps.transferOut')}
        </Button>
      )}
      {canWrite && active && (
        <Button danger onClick={() => setStep('leave')}>
          {t('steps.leave')}
        </Button>
      )}
      {transferId && (
        <ButtonLink
          to={recordPaths.partyTransferPrint}
          params={{ transferId }}
          icon={<PrinterOutlined aria-hidden />}
        >
          {t('profile.openLetter')}
        </ButtonLink>
      )}
    </Space>
  )
  return (
    <>
      {back}
      <PageHeader
        title={name}
        description={
          <Space size={8}>
            <MemberStatusTag status={m.status} />
            <span>{m.organization.name}</span>
          </Space>
        }
        actions={actions}
      />
      {!active && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('profile.notActive', { state: stateText(m, i18n.language) })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <div className="stack">
            <MemberPerson member={m} />
            <MemberFacts member={m} />
          </div>
        </Col>
        <Col xs={24} xl={9}>
          <div className="stack">
            <EvaluationsCard memberId={m.id} name={name} canWrite={canWrite} />
            <MemberHistory memberId={m.id} />
          </div>
        </Col>
      </Row>
      <Modal
        open={step !== null}
        title={title}
        onCancel={close}
        footer={null}
        destroyOnHidden
        width={480}
        mask={{ closable: false }}
      >
        {step === 'confirm' && <ConfirmForm member={m} title={title} onDone={close} />}
        {step === 'extend' && <ExtendForm member={m} title={title} onDone={close} />}
        {step === 'transferOut' && (
          <TransferOutForm member={m} title={title} onDone={close} onIssued={onIssued} />
        )}
        {step === 'leave' && <LeaveForm member={m} title={title} onDone={close} />}
        {step === 'payDues' && (
          <PayDuesForm
            target={{ memberId: m.id, name, standardFen: m.dues.standardFen }}
            title={title}
            onDone={close}
          />
        )}
      </Modal>
      <RecordFormModal
        target={editing}
        onClose={() => setEditing(null)}
        title={editTitle}
        width={720}
        mask={{ closable: false }}
        useRecord={useMember}
        create={() => null}
        edit={(member) => (
          <EditMemberForm member={member} title={editTitle} onDone={() => setEditing(null)} />
        )}
      />
    </>
  )
}
