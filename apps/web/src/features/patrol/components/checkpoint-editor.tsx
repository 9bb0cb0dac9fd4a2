import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Input, InputNumber, Select, Space, Table } from 'antd'
import type { TPatrolRoute } from '@cr/shared/patrol/patrol-route'
import { useTranslation } from 'react-i18next'
import { useCommitteeBuildings } from '../api/patrol-routes'

/** One checkpoint as edited: `id` kept for an existing one, so its QR token stays. */
export type TCheckpointDraft = {
  key: string
  id?: string
  name: string
  buildingId: string | null
  place: string
  expectedMinutes: number
  deviationMinutes: number
}

export const draftsOf = (route: TPatrolRoute): TCheckpointDraft[] =>
  route.checkpoints.map((c) => ({
    key: c.id,
    id: c.id,
    name: c.name,
    buildingId: c.building?.id ?? null,
    place: c.place ?? '',
    expectedMinutes: c.expectedMinutes,
    deviationMinutes: c.deviationMinutes,
  }))

const move = <T,>(list: T[], from: number, to: number) => {
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item!)
  return next
}

/** The ordered checkpoints as a table of inputs: move up/down, minutes, deviation, remove. */
export const CheckpointEditor = ({
  committeeId,
  value,
  onChange,
  disabled,
}: {
  committeeId: string
  value: TCheckpointDraft[]
  onChange: (next: TCheckpointDraft[]) => void
  disabled: boolean
}) => {
  const { t } = useTranslation('patrol')
  const buildings = useCommitteeBuildings(committeeId)
  const set = (index: number, change: Partial<TCheckpointDraft>) =>
    onChange(value.map((c, i) => (i === index ? { ...c, ...change } : c)))
  const columns = [
    {
      title: t('route.position'),
      key: 'position',
      width: 96,
      render: (_: unknown, c: TCheckpointDraft, index: number) => (
        <Space size={2}>
          <span style={{ minWidth: 18, display: 'inline-block' }}>{index + 1}</span>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined aria-hidden />}
            aria-label={t('route.moveUp', { name: c.name })}
            disabled={disabled || index === 0}
            onClick={() => onChange(move(value, index, index - 1))}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined aria-hidden />}
            aria-label={t('route.moveDown', { name: c.name })}
            disabled={disabled || index === value.length - 1}
            onClick={() => onChange(move(value, index, index + 1))}
          />
        </Space>
      ),
    },
    {
      title: t('route.name'),
      key: 'name',
      render: (_: unknown, c: TCheckpointDraft, index: number) => (
        <Input
          aria-label={`${t('route.name')} ${index + 1}`}
          value={c.name}
          maxLength={50}
          disabled={disabled}
          onChange={(e) => set(index, { name: e.target.value })}
          style={{ minWidth: 120 }}
        />
      ),
    },
    {
      title: `${t('route.building')} / ${t('route.place')}`,
      key: 'place',
      render: (_: unknown, c: TCheckpointDraft, index: number) => (
        <Space.Compact style={{ minWidth: 260 }}>
          <Select<string>
            aria-label={`${t('route.building')} ${index + 1}`}
            value={c.buildingId ?? undefined}
            allowClear
            disabled={disabled}
            placeholder={t('route.building')}
            style={{ width: 140 }}
            options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.address }))}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(id) => set(index, { buildingId: id ?? null, ...(id ? { place: '' } : {}) })}
          />
          <Input
            aria-label={`${t('route.place')} ${index + 1}`}
            value={c.place}
            maxLength={100}
            disabled={disabled || Boolean(c.buildingId)}
            placeholder={t('route.placePlaceholder')}
            onChange={(e) => set(index, { place: e.target.value })}
          />
        </Space.Compact>
      ),
    },
    {
      title: t('route.expectedMinutes'),
      key: 'expected',
      render: (_: unknown, c: TCheckpointDraft, index: number) => (
        <InputNumber
          aria-label={`${t('route.expectedMinutes')} ${index + 1}`}
          min={0}
          max={600}
          precision={0}
          value={c.expectedMinutes}
          disabled={disabled}
          onChange={(v) => set(index, { expectedMinutes: v ?? 0 })}
        />
      ),
    },
    {
      title: t('route.deviationMinutes'),
      key: 'deviation',
      render: (_: unknown, c: TCheckpointDraft, index: number) => (
        <InputNumber
          aria-label={`${t('route.deviationMinutes')} ${index + 1}`}
          min={0}
          max={120}
          precision={0}
          value={c.deviationMinutes}
          disabled={disabled}
          onChange={(v) => set(index, { deviationMinutes: v ?? 0 })}
        />
      ),
    },
    {
      title: '',
      key: 'remove',
      render: (_: unknown, c: TCheckpointDraft, index: number) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('route.remove', { name: c.name })}
          disabled={disabled}
          onClick={() => onChange(value.filter((_, i) => i !== index))}
        />
      ),
    },
  ]
  return (
    <>
      <Table
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={value}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('route.empty') }}
      />
      {!disabled && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          style={{ marginTop: 12 }}
          onClick={() =>
            onChange([
              ...value,
              {
                key: `new-${Date.now()}-${value.length}`,
                name: t('route.newPoint', { n: value.length + 1 }),
                buildingId: null,
                place: '',
                expectedMinutes: 5,
                deviationMinutes: 5,
              },
            ])
          }
        >
          {t('route.add')}
        </Button>
      )}
    </>
  )
}
