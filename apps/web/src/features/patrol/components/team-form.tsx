import { Col, Input, Modal, Row, Select } from 'antd'
import {
  ZPatrolTeamCreate,
  patrolTeamKindLabels,
  type TPatrolTeam,
  type TPatrolTeamKind,
} from '@cr/shared/patrol/patrol-team'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ScopeCommitteeSelect } from '@/components/committee-select/scope-committee-select'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { useCreatePatrolTeam, useUpdatePatrolTeam } from '../api/patrol-teams'
import { useCommitteeBuildings } from '../api/patrol-routes'

type TValues = {
  committeeId: string | undefined
  kind: TPatrolTeamKind
  name: string
  buildingIds: string[]
  notes: string
}

/** The committee's buildings to pick the covered ones from (typed part of the address filters). */
const BuildingsSelect = ({
  committeeId,
  value,
  onChange,
  ...a11y
}: {
  committeeId: string | undefined
  value: string[]
  onChange: (ids: string[]) => void
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}) => {
  const buildings = useCommitteeBuildings(committeeId)
  return (
    <Select<string[]>
      {...a11y}
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={buildings.isFetching}
      options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.address }))}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
    />
  )
}

/** 新建 or 编辑 a team or a building leaders' group: the committee is fixed once created. */
const TeamForm = ({
  team,
  title,
  onDone,
}: {
  team: TPatrolTeam | undefined
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation('patrol')
  const form = useForm<TValues, unknown, z.output<typeof ZPatrolTeamCreate>>({
    resolver: schemaResolver(
      z.preprocess((raw) => {
        const v = raw as TValues
        return { ...v, notes: v.notes.trim() || null }
      }, ZPatrolTeamCreate),
    ),
    defaultValues: {
      committeeId: team?.committee.id,
      kind: team?.kind ?? 'team',
      name: team?.name ?? '',
      buildingIds: team?.buildings.map((b) => b.id) ?? [],
      notes: team?.notes ?? '',
    },
  })
  const create = useCreatePatrolTeam()
  const update = useUpdatePatrolTeam()
  const committeeId = useWatch({ control: form.control, name: 'committeeId' })
  const submit = useSubmit({
    form,
    fields: ['committeeId', 'kind', 'name', 'buildingIds', 'notes'],
    send: (data, idempotencyKey) => {
      if (!team) return create.mutateAsync({ data, idempotencyKey })
      const { committeeId: _fixed, ...change } = data
      return update.mutateAsync({ id: team.id, version: team.version, data: change })
    },
    done: team ? t('teams.saved') : t('teams.created'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <FormField
            control={form.control}
            name="committeeId"
            label={t('teams.committee')}
            required
          >
            {({ value, onChange }, a11y) =>
              team ? (
                <Input {...a11y} value={team.committee.name} disabled />
              ) : (
                <ScopeCommitteeSelect
                  {...a11y}
                  value={value}
                  onChange={(id) => (onChange(id), form.setValue('buildingIds', []))}
                />
              )
            }
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="kind" label={t('teams.kind')} required>
            {({ value, onChange }, a11y) => (
              <LabelSelect
                {...a11y}
                labels={patrolTeamKindLabels}
                value={value}
                onChange={(v) => onChange(v ?? 'team')}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24}>
          <FormField control={form.control} name="name" label={t('teams.name')} required>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={50} />}
          </FormField>
        </Col>
        <Col xs={24}>
          <FormField
            control={form.control}
            name="buildingIds"
            label={t('teams.buildings')}
            extra={t('teams.buildingsHelp')}
          >
            {({ value, onChange }, a11y) => (
              <BuildingsSelect
                {...a11y}
                committeeId={committeeId}
                value={value}
                onChange={onChange}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24}>
          <FormField control={form.control} name="notes" label={t('teams.notes')}>
            {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={1000} />}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

export const TeamFormModal = ({
  open,
  team,
  onClose,
}: {
  open: boolean
  team: TPatrolTeam | undefined
  onClose: () => void
}) => {
  const { t } = useTranslation('patrol')
  const title = team ? t('teams.editTitle', { name: team.name }) : t('teams.createTitle')
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={620}
      mask={{ closable: false }}
    >
      {open && <TeamForm team={team} title={title} onDone={onClose} />}
    </Modal>
  )
}
