import { EditOutlined, UserAddOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag } from 'antd'
import { lessorDutyLabels, rentalUseLabels } from '@cr/shared/rentals/rental-codes'
import type { TPendingRegistration } from '@cr/shared/rentals/pending-registration'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { paths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { useRentalProperty } from '../api/get-rental-property'
import type { TContractModal } from './contract-modals'
import { PropertyContracts } from './property-contracts'
import { PropertyInspections } from './property-inspections'
import { PropertyOccupants } from './property-occupants'
import { PropertyPending } from './property-pending'
import type { TCheckModal } from './rental-check-modals'

const ContractModals = lazyOnIdle(() => import('./contract-modals').then((m) => m.ContractModals))
const RentalCheckModals = lazyOnIdle(() =>
  import('./rental-check-modals').then((m) => m.RentalCheckModals),
)
const EditRentalPropertyModal = lazyOnIdle(() =>
  import('./edit-rental-property-modal').then((m) => m.EditRentalPropertyModal),
)
const DeskRegistrationModal = lazyOnIdle(() =>
  import('./desk-registration-modal').then((m) => m.DeskRegistrationModal),
)

/** 出租信息: the landlord (masked), use, rooms, area, allowed occupants and duties confirmed. */
const PropertyDetails = ({ property: p }: { property: TRentalProperty }) => {
  const { t, i18n } = useTranslation('rentals')
  const none = t('values.none')
  return (
    <Card size="small" title={<h2 className="card-title">{t('page.details')}</h2>}>
      {p.occupantsOverAllowed > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('page.over', { count: p.occupantCount, allowed: p.allowedOccupants })}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'landlord',
            label: t('fields.landlord'),
            span: { xs: 1, md: 2, xl: 3 },
            children: (
              <Space size={12} wrap>
                {p.landlord.name}
                <span className="mono">{p.landlord.idNumberMasked}</span>
                {p.landlord.phoneMasked && <span className="mono">{p.landlord.phoneMasked}</span>}
                {p.landlord.residence === 'elsewhere' && <Tag>{t('values.elsewhere')}</Tag>}
              </Space>
            ),
          },
          ...(p.agent
            ? [
                {
                  key: 'agent',
                  label: t('edit.agent'),
                  span: { xs: 1, md: 2, xl: 3 },
                  children: (
                    <Space size={12} wrap>
                      {p.agent.name}
                      <span className="mono">{p.agent.idNumberMasked}</span>
                      {p.agent.phoneMasked && <span className="mono">{p.agent.phoneMasked}</span>}
                    </Space>
                  ),
                },
              ]
            : []),
          { key: 'committee', label: t('fields.committee'), children: p.committee.name },
          {
            key: 'use',
            label: t('fields.use'),
            children: pickLabel(rentalUseLabels[p.use], i18n.language),
          },
          { key: 'rooms', label: t('fields.rooms'), children: p.rooms ?? none },
          {
            key: 'area',
            label: t('fields.area'),
            children: p.area ? t('values.area', { area: p.area }) : none,
          },
          {
            key: 'allowed',
            label: t('fields.allowedOccupants'),
            children: p.allowedOccupants ?? none,
          },
          { key: 'occupants', label: t('fields.occupants'), children: p.occupantCount },
          {
            key: 'duties',
            label: t('fields.duties'),
            span: { xs: 1, md: 2, xl: 3 },
            children:
              p.duties.length === 0 ? (
                none
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {p.duties.map((d) => (
                    <li key={d}>{pickLabel(lessorDutyLabels[d], i18n.language)}</li>
                  ))}
                </ul>
              ),
          },
          ...(p.dutiesConfirmedOn
            ? [
                {
                  key: 'confirmed',
                  label: t('fields.dutiesConfirmedOn'),
                  children: p.dutiesConfirmedOn,
                },
              ]
            : []),
          ...(p.notes ? [{ key: 'notes', label: t('fields.notes'), children: p.notes }] : []),
        ]}
      />
    </Card>
  )
}

/**
 * A rented dwelling's page: the letting, its 治安责任书 (签订, 续签, 注销 in dialogs, 打印 the
 * 保证书) and the temporary residents living there.
 */
export const RentalPropertyPage = ({ propertyId }: { propertyId: string }) => {
  const { t } = useTranslation('rentals')
  const canWrite = useCan('registry:write')
  const query = useRentalProperty(propertyId)
  const [modal, setModal] = useState<TContractModal | null>(null)
  const [opened, setOpened] = useState(false)
  const [registering, setRegistering] = useState(false)
  const [deskOpened, setDeskOpened] = useState(false)
  const [deskPending, setDeskPending] = useState<TPendingRegistration | undefined>()
  const [check, setCheck] = useState<TCheckModal | null>(null)
  const [checkOpened, setCheckOpened] = useState(false)
  const [editing, setEditing] = useState(false)
  const [editOpened, setEditOpened] = useState(false)
  const back = <PageBreadcrumb parent={paths.rentals} current={query.data?.dwelling.name} />
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />
  if (query.isError)
    return (
      <>
        {back}
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const p = query.data
  const open = (next: TContractModal) => (setOpened(true), setModal(next))
  const openCheck = (next: TCheckModal) => (setCheckOpened(true), setCheck(next))
  const register = (pending?: TPendingRegistration) => {
    setDeskPending(pending)
    setDeskOpened(true)
    setRegistering(true)
  }
  return (
    <>
      {back}
      <PageHeader
        title={t('page.title', { address: p.dwelling.name })}
        description={t('page.summary', { committee: p.committee.name, landlord: p.landlord.name })}
        actions={
          canWrite && (
            <Space wrap>
              <Button
                icon={<EditOutlined aria-hidden />}
                onClick={() => (setEditOpened(true), setEditing(true))}
              >
                {t('edit.action')}
              </Button>
              <Button icon={<UserAddOutlined aria-hidden />} onClick={() => register()}>
                {t('temporary.register')}
              </Button>
            </Space>
          )
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <PropertyDetails property={p} />
        <PropertyContracts propertyId={p.id} canWrite={canWrite} onOpen={open} />
        <PropertyOccupants propertyId={p.id} />
        <PropertyPending
          propertyId={p.id}
          canWrite={canWrite}
          onRegister={register}
          onClear={(pending) => openCheck({ kind: 'clear', pending })}
          onReport={() => openCheck({ kind: 'report', property: p })}
        />
        <PropertyInspections
          propertyId={p.id}
          canWrite={canWrite}
          onRecord={() => openCheck({ kind: 'inspect', property: p })}
          onRectify={(inspection) => openCheck({ kind: 'rectify', inspection })}
        />
      </Space>
      {checkOpened && <RentalCheckModals modal={check} onClose={() => setCheck(null)} />}
      {opened && <ContractModals property={p} modal={modal} onClose={() => setModal(null)} />}
      {editOpened && (
        <EditRentalPropertyModal property={p} open={editing} onClose={() => setEditing(false)} />
      )}
      {deskOpened && (
        <DeskRegistrationModal
          open={registering}
          propertyId={p.id}
          pending={deskPending && { id: deskPending.id, name: deskPending.name }}
          onClose={() => setRegistering(false)}
        />
      )}
    </>
  )
}
