import { EditOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Button, Card, Descriptions, Skeleton, Space } from 'antd'
import { dwellingUseLabels } from '@cr/shared/places/dwelling'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ProblemResult } from '@/components/errors/problem-result'
import { DwellingRentalsCard } from '@/components/rentals/dwelling-rentals-card'
import { DeleteButton } from '@/components/ui/delete-button'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { useDeleteDwelling } from '../api/delete-dwelling'
import { useDwelling } from '../api/get-dwelling'
import type { TPlaceSelection } from '../utils/places-search'
import { DwellingHouseholds } from './dwelling-households'
import { DwellingOccupants } from './dwelling-occupants'
import type { TPlaceModal } from './place-modals'
import { feedback } from '@/lib/feedback'

type TProps = {
  dwellingId: string
  onSelect: (selection: TPlaceSelection) => void
  onOpen: (modal: TPlaceModal) => void
}

/** A dwelling: address, use, area, owner (masked ID), its households, occupants and letting. */
export const DwellingDetails = ({ dwellingId, onSelect, onOpen }: TProps) => {
  const { t, i18n } = useTranslation(['places', 'common'])
  const canWrite = useCan('registry:write')
  const query = useDwelling(dwellingId)
  const remove = useDeleteDwelling()
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  const d = query.data
  const onDelete = () =>
    remove.mutate(
      { id: d.id, version: d.version },
      {
        onSuccess: () => {
          feedback.success(t('common:messages.deleted'))
          onSelect({ kind: 'building', id: d.building.id })
        },
      },
    )
  const { owner } = d
  const ownerText = owner.resident ? (
    <Link to={recordPaths.resident} params={{ residentId: owner.resident.id }}>
      {owner.resident.name}
    </Link>
  ) : (
    (owner.name ?? '—')
  )
  return (
    <div className="stack">
      <Card
        size="small"
        title={<h2 className="card-title">{d.address}</h2>}
        extra={
          canWrite && (
            <Space size={4}>
              <Button
                size="small"
                icon={<EditOutlined aria-hidden />}
                onClick={() => onOpen({ kind: 'editDwelling', id: d.id, name: d.address })}
              >
                {t('common:actions.edit')}
              </Button>
              <DeleteButton name={d.address} onConfirm={onDelete} loading={remove.isPending} />
            </Space>
          )
        }
      >
        {remove.error && (
          <ProblemAlert
            error={remove.error}
            onReload={() => (remove.reset(), void query.refetch())}
          />
        )}
        <Descriptions
          size="small"
          column={2}
          items={[
            {
              key: 'building',
              label: t('fields.building'),
              children: (
                <Link to={paths.places} search={{ building: d.building.id }}>
                  {d.building.name}
                </Link>
              ),
            },
            { key: 'unit', label: t('fields.unit'), children: d.unit ?? '—' },
            { key: 'room', label: t('fields.room'), children: d.room },
            {
              key: 'area',
              label: t('fields.area'),
              children: d.area ? t('areaValue', { area: d.area }) : '—',
            },
            {
              key: 'use',
              label: t('fields.use'),
              children: pickLabel(dwellingUseLabels[d.use], i18n.language),
            },
            { key: 'occupants', label: t('fields.occupantCount'), children: d.occupantCount },
            {
              key: 'owner',
              label: t('fields.owner'),
              span: 2,
              children: (
                <Space size={12} wrap>
                  {ownerText}
                  {owner.idNumberMasked && <span className="mono">{owner.idNumberMasked}</span>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <DwellingHouseholds
        dwelling={d}
        onCreate={() => onOpen({ kind: 'household', dwelling: d })}
      />
      <DwellingOccupants dwellingId={d.id} />
      <DwellingRentalsCard dwellingId={d.id} />
    </div>
  )
}
