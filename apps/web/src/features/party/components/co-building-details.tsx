import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Empty, Modal, Skeleton, Space, Tag, Typography } from 'antd'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { DeleteButton } from '@/components/ui/delete-button'
import { useDeleteUnit, useUnit, type TCoBuildingUnit } from '../api/co-building'
import { ActivityForm, AgreementForm } from './co-building-forms'
import { feedback } from '@/lib/feedback'

type TAgreement = TCoBuildingUnit['agreements'][number]
type TDialog = { kind: 'agreement' } | { kind: 'activity'; agreement: TAgreement }

/** One agreement: its term, whether it is in force, the commitments and the activities held. */
const AgreementCard = ({
  agreement: a,
  canWrite,
  onAddActivity,
}: {
  agreement: TAgreement
  canWrite: boolean
  onAddActivity: () => void
}) => {
  const { t } = useTranslation('party')
  const headingId = useId()
  const term = a.termEnd
    ? t('coBuilding.term', { from: a.signedOn, to: a.termEnd })
    : t('coBuilding.termOpen', { from: a.signedOn })
  const activities = [...a.activities].sort((x, y) => y.heldOn.localeCompare(x.heldOn))
  return (
    <section aria-labelledby={headingId} className="co-agreement">
      <div className="co-agreement-head">
        <Space size={8} wrap>
          <h4 id={headingId} className="co-agreement-title">
            {t('coBuilding.agreementOf', { date: a.signedOn })}
          </h4>
          <Tag color={a.inForce ? 'green' : 'default'}>
            {t(a.inForce ? 'coBuilding.inForce' : 'coBuilding.notInForce')}
          </Tag>
          <Typography.Text type="secondary">{term}</Typography.Text>
        </Space>
        {canWrite && (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={onAddActivity}>
            {t('coBuilding.addActivity')}
          </Button>
        )}
      </div>
      <Typography.Paragraph className="co-commitments">{a.commitments}</Typography.Paragraph>
      {activities.length === 0 ? (
        <Typography.Text type="secondary">{t('coBuilding.noActivities')}</Typography.Text>
      ) : (
        <>
          <Typography.Text type="secondary" className="co-activities-label">
            {t('coBuilding.activitiesCount', { count: activities.length })}
          </Typography.Text>
          <ul className="co-activities" aria-label={t('coBuilding.activities')}>
            {activities.map((act) => (
              <li key={act.id}>
                <span className="mono">{act.heldOn}</span>
                <strong>{act.title}</strong>
                {act.description && (
                  <Typography.Text type="secondary">{act.description}</Typography.Text>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

type TProps = {
  unitId: string
  canWrite: boolean
  onEdit: (unit: TCoBuildingUnit) => void
  onDeleted: () => void
}

/** The unit opened on the right: its facts, then its agreements (newest first). */
export const CoBuildingDetails = ({ unitId, canWrite, onEdit, onDeleted }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  const query = useUnit(unitId)
  const remove = useDeleteUnit()
  const [dialog, setDialog] = useState<TDialog | null>(null)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  const u = query.data
  const agreements = [...u.agreements].sort((x, y) => y.signedOn.localeCompare(x.signedOn))
  const close = () => setDialog(null)
  const title =
    dialog?.kind === 'activity'
      ? t('coBuilding.activityTitle', { name: u.name, date: dialog.agreement.signedOn })
      : t('coBuilding.agreementTitle', { name: u.name })
  const onDelete = () =>
    remove.mutate(
      { id: u.id, version: u.version },
      {
        onSuccess: () => {
          feedback.success(t('common:messages.deleted'))
          onDeleted()
        },
        onError: () => feedback.error(t('coBuilding.deleteFailed')),
      },
    )
  return (
    <div className="stack">
      <Card
        size="small"
        title={<h2 className="card-title">{u.name}</h2>}
        extra={
          canWrite && (
            <Space size={4}>
              <Button
                size="small"
                type="link"
                icon={<EditOutlined aria-hidden />}
                onClick={() => onEdit(u)}
              >
                {t('common:actions.edit')}
              </Button>
              <DeleteButton name={u.name} onConfirm={onDelete} loading={remove.isPending} />
            </Space>
          )
        }
      >
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'branch',
              label: t('coBuilding.fields.partyBranchName'),
              children: u.partyBranchName ?? '—',
            },
            {
              key: 'contact',
              label: t('coBuilding.fields.contactName'),
              children: u.contactName ?? '—',
            },
            {
              key: 'phone',
              label: t('coBuilding.fields.contactPhone'),
              children: <span className="mono">{u.contactPhone ?? '—'}</span>,
            },
            { key: 'address', label: t('coBuilding.fields.address'), children: u.address ?? '—' },
            ...(u.notes
              ? [{ key: 'notes', label: t('coBuilding.fields.notes'), children: u.notes }]
              : []),
          ]}
        />
      </Card>
      <Card
        size="small"
        title={<h3 className="card-title">{t('coBuilding.agreements')}</h3>}
        extra={
          canWrite && (
            <Button
              size="small"
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setDialog({ kind: 'agreement' })}
            >
              {t('coBuilding.addAgreement')}
            </Button>
          )
        }
      >
        {agreements.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coBuilding.noAgreements')} />
        ) : (
          agreements.map((a) => (
            <AgreementCard
              key={a.id}
              agreement={a}
              canWrite={canWrite}
              onAddActivity={() => setDialog({ kind: 'activity', agreement: a })}
            />
          ))
        )}
      </Card>
      <Modal
        open={dialog !== null}
        title={title}
        onCancel={close}
        footer={null}
        destroyOnHidden
        width={560}
        mask={{ closable: false }}
      >
        {dialog?.kind === 'agreement' && (
          <AgreementForm unitId={u.id} title={title} onDone={close} />
        )}
        {dialog?.kind === 'activity' && (
          <ActivityForm agreementId={dialog.agreement.id} title={title} onDone={close} />
        )}
      </Modal>
    </div>
  )
}
