import { PrinterOutlined, SwapOutlined, UserAddOutlined } from '@ant-design/icons'
import { Button, Col, Row, Skeleton, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { SubsidyCasesCard } from '@/components/subsidies/subsidy-cases-card'
import { ButtonLink } from '@/components/ui/button-link'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { useHousehold } from '../api/get-household'
import { HouseholdHistory } from './household-history'
import { HouseholdMembers } from './household-members'
import { HouseholdModals, type THouseholdModal } from './household-modals'

/** 户: the head and members with their relationships, the steps that change them, the history. */
export const HouseholdPage = ({ householdId }: { householdId: string }) => {
  const { t } = useTranslation(['households', 'print'])
  const canWrite = useCan('registry:write')
  const query = useHousehold(householdId)
  const [modal, setModal] = useState<THouseholdModal | null>(null)
  const back = <PageBreadcrumb parent={paths.households} current={query.data?.dwelling.address} />
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />
  if (query.isError)
    return (
      <>
        {back}
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const h = query.data
  const actions = canWrite && (
    <Space>
      <Button icon={<SwapOutlined aria-hidden />} onClick={() => setModal({ kind: 'changeHead' })}>
        {t('changeHead')}
      </Button>
      <Button
        type="primary"
        icon={<UserAddOutlined aria-hidden />}
        onClick={() => setModal({ kind: 'moveIn' })}
      >
        {t('moveIn')}
      </Button>
    </Space>
  )
  const print = (
    <ButtonLink
      to={recordPaths.householdPrint}
      params={{ householdId: h.id }}
      icon={<PrinterOutlined aria-hidden />}
    >
      {t('print:action')}
    </ButtonLink>
  )
  return (
    <>
      {back}
      <PageHeader
        title={t('pageTitle', { address: h.dwelling.address })}
        description={t('summary', {
          head: h.head.name,
          committee: h.committee.name,
          count: h.members.length,
        })}
        actions={
          <Space>
            {print}
            {actions}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <HouseholdMembers household={h} canWrite={canWrite} onAction={setModal} />
        </Col>
        <Col xs={24} xl={9}>
          <div className="stack">
            <SubsidyCasesCard of={{ householdId: h.id }} />
            <HouseholdHistory householdId={h.id} />
          </div>
        </Col>
      </Row>
      <HouseholdModals
        household={h}
        modal={modal}
        onClose={() => setModal(null)}
        onReload={() => void query.refetch()}
      />
    </>
  )
}
