import { EditOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Skeleton, Space, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ProblemResult } from '@/components/errors/problem-result'
import { DeleteButton } from '@/components/ui/delete-button'
import { useCan } from '@/lib/auth'
import { useDeleteBuilding } from '../api/delete-building'
import { useBuilding } from '../api/get-building'
import type { TPlaceSelection } from '../utils/places-search'
import { BuildingDwellings } from './building-dwellings'
import type { TPlaceModal } from './place-modals'
import { feedback } from '@/lib/feedback'

type TProps = {
  buildingId: string
  onSelect: (selection: TPlaceSelection) => void
  onOpen: (modal: TPlaceModal) => void
}

/** A building: its address parts, grid, 楼长 and dwellings. */
export const BuildingDetails = ({ buildingId, onSelect, onOpen }: TProps) => {
  const { t } = useTranslation(['places', 'common'])
  const canWrite = useCan('registry:write')
  const query = useBuilding(buildingId)
  const remove = useDeleteBuilding()
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  const b = query.data
  const onDelete = () =>
    remove.mutate(
      { id: b.id, version: b.version },
      {
        onSuccess: () => {
          feedback.success(t('common:messages.deleted'))
          onSelect({ kind: 'committee', id: b.committee.id })
        },
      },
    )
  const actions = canWrite && (
    <Space size={4}>
      <Button
        size="small"
        icon={<EditOutlined aria-hidden />}
        onClick={() => onOpen({ kind: 'editBuilding', id: b.id, name: b.address })}
      >
        {t('common:actions.edit')}
      </Button>
      {b.dwellingCount > 0 ? (
        <Tooltip title={t('buildingDetails.deleteBlocked')}>
          <Button size="small" danger disabled>
            {t('common:actions.delete')}
          </Button>
        </Tooltip>
      ) : (
        <DeleteButton name={b.address} onConfirm={onDelete} loading={remove.isPending} />
      )}
    </Space>
  )
  const leaders = b.leaders.map((l) => l.name).join('、') || t('buildingDetails.leadersNone')
  return (
    <div className="stack">
      <Card size="small" title={<h2 className="card-title">{b.address}</h2>} extra={actions}>
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
            { key: 'street', label: t('fields.street'), children: b.street },
            { key: 'number', label: t('fields.buildingNumber'), children: b.buildingNumber },
            { key: 'estate', label: t('fields.estateName'), children: b.estateName ?? '—' },
            { key: 'grid', label: t('fields.gridCode'), children: b.gridCode ?? '—' },
            { key: 'committee', label: t('fields.committee'), children: b.committee.name },
            { key: 'count', label: t('fields.dwellingCount'), children: b.dwellingCount },
            {
              key: 'leaders',
              label: t('fields.leaders'),
              span: 2,
              children: (
                <Space size={8} wrap>
                  <span>{leaders}</span>
                  {canWrite && (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => onOpen({ kind: 'leaders', building: b })}
                    >
                      {t('buildingDetails.setLeaders')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <BuildingDwellings
        buildingId={b.id}
        onSelect={onSelect}
        onRegister={canWrite ? (dwelling) => onOpen({ kind: 'household', dwelling }) : undefined}
      />
    </div>
  )
}
