import { EditOutlined, PrinterOutlined, SwapOutlined } from '@ant-design/icons'
import { useNavigate } from '@tanstack/react-router'
import { Button, Col, Row, Skeleton, Space, Tooltip } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ProblemResult } from '@/components/errors/problem-result'
import { ResidentRentalsCard } from '@/components/rentals/resident-rentals-card'
import { SubsidyCasesCard } from '@/components/subsidies/subsidy-cases-card'
import { ButtonLink } from '@/components/ui/button-link'
import { DeleteButton } from '@/components/ui/delete-button'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { useDeleteResident } from '../api/delete-resident'
import { useResident } from '../api/get-resident'
import { useLifeEvents } from '../api/get-life-events'
import { HouseholdSection } from './household-section'
import { IdentityCard } from './identity-card'
import { LifeEventModal } from './life-event-modal'
import { LifeEventsSection } from './life-events-section'
import { PartyMembershipSection } from './party-membership-section'
import { PendingSections } from './pending-sections'
import { ResidentFormModal, type TResidentFormTarget } from './resident-form-modal'
import { CategoryTag, StatusTag } from './resident-tags'
import { RevealModal, type TRevealTarget } from '@/components/reveal/reveal-modal'
import { feedback } from '@/lib/feedback'

/** 居民档案: one page with everything known about a person. */
export const ResidentProfilePage = ({ residentId }: { residentId: string }) => {
  const { t } = useTranslation(['residents', 'common', 'print'])
  const navigate = useNavigate()
  const canWrite = useCan('registry:write')
  const query = useResident(residentId)
  const remove = useDeleteResident()
  const [editing, setEditing] = useState<TResidentFormTarget | null>(null)
  const [revealing, setRevealing] = useState<TRevealTarget | null>(null)
  const [recording, setRecording] = useState(false)
  const lifeEvents = useLifeEvents(residentId)
  const back = <PageBreadcrumb parent={paths.residents} current={query.data?.name} />

  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />
  if (query.isError)
    return (
      <>
        {back}
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const r = query.data
  const onDelete = () =>
    remove.mutate(
      { id: r.id, version: r.version },
      {
        onSuccess: () => {
          feedback.success(t('profile.deleted', { name: r.name }))
          void navigate({ to: paths.residents })
        },
      },
    )
  const deceased = r.status === 'deceased'
  // An event stands that a correction could take back (the API decides; this only offers it).
  const hasStanding = (lifeEvents.data?.items ?? []).some(
    (e) => e.type !== 'corrected' && !e.correctedBy,
  )
  const actions = canWrite && (
    <Space wrap>
      <Button
        icon={<SwapOutlined aria-hidden />}
        onClick={() => setRecording(true)}
        disabled={lifeEvents.isPending}
      >
        {t('lifeEvents.action')}
      </Button>
      {deceased ? (
        <Tooltip title={t('profile.editBlockedDeceased')}>
          <Button icon={<EditOutlined aria-hidden />} disabled>
            {t('common:actions.edit')}
          </Button>
        </Tooltip>
      ) : (
        <Button
          icon={<EditOutlined aria-hidden />}
          onClick={() => setEditing({ mode: 'edit', id: r.id, name: r.name })}
        >
          {t('common:actions.edit')}
        </Button>
      )}
      {r.household ? (
        <Tooltip title={t('profile.deleteBlocked')}>
          <Button danger disabled>
            {t('common:actions.delete')}
          </Button>
        </Tooltip>
      ) : (
        <DeleteButton name={r.name} onConfirm={onDelete} loading={remove.isPending} />
      )}
    </Space>
  )

  const print = (
    <ButtonLink
      to={recordPaths.residentPrint}
      params={{ residentId: r.id }}
      icon={<PrinterOutlined aria-hidden />}
    >
      {t('print:action')}
    </ButtonLink>
  )

  return (
    <>
      {back}
      <PageHeader
        title={r.name}
        description={
          <Space size={8}>
            <StatusTag status={r.status} />
            <CategoryTag category={r.category} />
            <span>{r.committee.name}</span>
          </Space>
        }
        actions={
          <Space>
            {print}
            {actions}
          </Space>
        }
      />
      {remove.error && (
        <ProblemAlert
          error={remove.error}
          onReload={() => (remove.reset(), void query.refetch())}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <div className="stack">
            <IdentityCard resident={r} onReveal={setRevealing} />
            <PendingSections />
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <div className="stack">
            <HouseholdSection resident={r} />
            <ResidentRentalsCard residentId={r.id} />
            <SubsidyCasesCard of={{ residentId: r.id }} />
            <LifeEventsSection residentId={r.id} />
            <PartyMembershipSection resident={r} />
          </div>
        </Col>
      </Row>
      <ResidentFormModal target={editing} onClose={() => setEditing(null)} />
      <RevealModal target={revealing} onClose={() => setRevealing(null)} />
      <LifeEventModal
        resident={r}
        hasStanding={hasStanding}
        open={recording}
        onClose={() => setRecording(false)}
      />
    </>
  )
}
