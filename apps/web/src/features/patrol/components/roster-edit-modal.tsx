import { Divider, Input, List, Modal, Radio, Select } from 'antd'
import {
  ZRosterEditCreate,
  type TPatrolRosterEntry,
  type TRosterEditCreate,
} from '@cr/shared/patrol/patrol-plan'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { feedback } from '@/lib/feedback'
import { useCreateRosterEdit, useUndoRosterEdit } from '../api/patrol-plans'
import { usePatrolTeams } from '../api/patrol-teams'

type TKind = TRosterEditCreate['kind']
type TValues = {
  kind: TKind
  other: string | undefined
  teamId: string | undefined
  member: string | undefined
  reason: string
}

const refOf = (e: TPatrolRosterEntry) => ({ planId: e.plan.id, date: e.date })
const keyOf = (e: TPatrolRosterEntry) => `${e.plan.id}|${e.date}`

/** The request the chosen kind makes; the other kinds' fields are left out. */
const toEdit = (entry: TPatrolRosterEntry, v: TValues) => {
  const ref = refOf(entry)
  switch (v.kind) {
    case 'swap': {
      const [planId, date] = (v.other ?? '|').split('|')
      return { kind: v.kind, entry: ref, other: { planId, date } }
    }
    case 'replace':
      return { kind: v.kind, entry: ref, teamId: v.teamId }
    case 'leave': {
      const [kind, id] = (v.member ?? ':').split(':')
      return { kind: v.kind, entry: ref, member: { kind, id } }
    }
    default:
      return { kind: v.kind, entry: ref, reason: v.reason.trim() || null }
  }
}

/** 调整班次: swap with another entry, another team, a member's leave, cancel; or undo an edit. */
const RosterEditForm = ({
  entry,
  entries,
  label,
  describe,
  onDone,
}: {
  entry: TPatrolRosterEntry
  entries: readonly TPatrolRosterEntry[]
  label: string
  describe: (e: TPatrolRosterEntry) => string
  onDone: () => void
}) => {
  const { t } = useTranslation('patrol')
  const form = useForm<TValues, unknown, z.output<typeof ZRosterEditCreate>>({
    resolver: schemaResolver(
      z.preprocess((raw) => toEdit(entry, raw as TValues), ZRosterEditCreate),
    ),
    defaultValues: {
      kind: 'swap',
      other: undefined,
      teamId: undefined,
      member: undefined,
      reason: '',
    },
  })
  const kind = useWatch({ control: form.control, name: 'kind' })
  const teams = usePatrolTeams({ page: 1, size: 100 })
  const team = teams.data?.items.find((x) => x.id === entry.team.id)
  const create = useCreateRosterEdit()
  const undo = useUndoRosterEdit()
  const submit = useSubmit({
    form,
    fields: ['kind', 'other', 'teamId', 'member', 'reason'],
    confirm: { title: t('roster.confirmTitle'), content: label },
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('roster.saved'),
    onDone,
  })
  const kindLabel: Record<string, string> = {
    swap: t('roster.swap'),
    replace: t('roster.replace'),
    leave: t('roster.leave'),
    cancel: t('roster.cancel'),
  }
  return (
    <>
      {entry.edits.length > 0 && (
        <>
          <List
            size="small"
            header={t('roster.editsOf')}
            dataSource={entry.edits}
            renderItem={(edit) => (
              <List.Item
                actions={[
                  <ConfirmButton
                    key="undo"
                    label={t('roster.undo')}
                    title={t('roster.undoConfirm')}
                    loading={undo.isPending}
                    onConfirm={() =>
                      undo.mutate(edit.id, {
                        onSuccess: () => (feedback.success(t('roster.undone')), onDone()),
                      })
                    }
                  />,
                ]}
              >
                {kindLabel[edit.kind] ?? edit.kind}
              </List.Item>
            )}
          />
          <Divider style={{ margin: '8px 0 16px' }} />
        </>
      )}
      <SubmitForm submit={submit} aria-label={label} onCancel={onDone}>
        <FormField control={form.control} name="kind" label={t('roster.kind')} required>
          {({ value, onChange }, a11y) => (
            <Radio.Group
              {...a11y}
              value={value}
              onChange={(e) => onChange(e.target.value)}
              optionType="button"
              options={(['swap', 'replace', 'leave', 'cancel'] as const).map((k) => ({
                value: k,
                label: kindLabel[k],
              }))}
            />
          )}
        </FormField>
        {kind === 'swap' && (
          <FormField control={form.control} name="other" label={t('roster.other')} required>
            {({ value, onChange }, a11y) => (
              <Select
                {...a11y}
                value={value}
                onChange={onChange}
                showSearch={{ optionFilterProp: 'label' }}
                options={entries
                  .filter((e) => keyOf(e) !== keyOf(entry) && !e.cancelled)
                  .map((e) => ({ value: keyOf(e), label: describe(e) }))}
              />
            )}
          </FormField>
        )}
        {kind === 'replace' && (
          <FormField control={form.control} name="teamId" label={t('roster.replaceTeam')} required>
            {({ value, onChange }, a11y) => (
              <Select
                {...a11y}
                value={value}
                onChange={onChange}
                loading={teams.isFetching}
                options={(teams.data?.items ?? [])
                  .filter((x) => x.id !== entry.team.id && x.committee.id === team?.committee.id)
                  .map((x) => ({ value: x.id, label: x.name }))}
              />
            )}
          </FormField>
        )}
        {kind === 'leave' && (
          <FormField control={form.control} name="member" label={t('roster.member')} required>
            {({ value, onChange }, a11y) => (
              <Select
                {...a11y}
                value={value}
                onChange={onChange}
                loading={teams.isFetching}
                options={(team?.members ?? [])
                  .filter((m) => m.current)
                  .map((m) => ({
                    value: m.resident ? `resident:${m.resident.id}` : `user:${m.user?.id}`,
                    label: m.name,
                  }))}
              />
            )}
          </FormField>
        )}
        {kind === 'cancel' && (
          <FormField control={form.control} name="reason" label={t('roster.reason')}>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={200} />}
          </FormField>
        )}
      </SubmitForm>
    </>
  )
}

export const RosterEditModal = ({
  entry,
  entries,
  describe,
  onClose,
}: {
  entry: TPatrolRosterEntry | null
  entries: readonly TPatrolRosterEntry[]
  describe: (e: TPatrolRosterEntry) => string
  onClose: () => void
}) => {
  const { t } = useTranslation('patrol')
  const label = entry ? t('roster.actionsTitle', { entry: describe(entry) }) : ''
  return (
    <Modal
      open={entry !== null}
      title={label}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={620}
      mask={{ closable: false }}
    >
      {entry && (
        <RosterEditForm
          entry={entry}
          entries={entries}
          label={label}
          describe={describe}
          onDone={onClose}
        />
      )}
    </Modal>
  )
}
