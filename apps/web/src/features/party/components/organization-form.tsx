import { Input, Typography } from 'antd'
import {
  ZPartyOrganizationCreate,
  organizationLevelLabels,
  type TOrganizationLevel,
  type TPartyOrganization,
} from '@cr/shared/party/party-organization'
import { branchTypeLabels, type TBranchType } from '@cr/shared/party/party-codes'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { CommitteeSelect } from '@/components/committee-select/committee-select'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { pickLabel } from '@/lib/language'
import { useSaveOrganization } from '../api/save-organization'

const ZOrganizationForm = ZPartyOrganizationCreate.omit({ parentId: true, level: true })
type TValues = {
  name: string
  branchType: TBranchType | null | undefined
  foundedOn: string | null
  committeeIds: string[]
  notes: string
}
const fields = ['name', 'branchType', 'foundedOn', 'committeeIds', 'notes'] as const

export type TOrganizationFormTarget =
  | { mode: 'create'; parent: TPartyOrganization | null }
  | { mode: 'edit'; organization: TPartyOrganization }

const childLevel: Record<TOrganizationLevel, TOrganizationLevel | null> = {
  committee: 'branch',
  branch: 'group',
  group: null,
}

/** The level a new node takes: under nothing a 党工委, under it a 支部, under a 支部 a 小组. */
export const levelUnder = (parent: TPartyOrganization | null): TOrganizationLevel | null =>
  parent ? childLevel[parent.level] : 'committee'

type TProps = {
  target: TOrganizationFormTarget
  title: string
  onDone: (saved?: TPartyOrganization) => void
}

/** Create or edit one node of the tree; its level follows from the parent and never changes. */
export const OrganizationForm = ({ target, title, onDone }: TProps) => {
  const { t, i18n } = useTranslation(['party', 'common'])
  const save = useSaveOrganization()
  const existing = target.mode === 'edit' ? target.organization : null
  const parent = target.mode === 'create' ? target.parent : null
  const level = existing?.level ?? levelUnder(parent) ?? 'group'
  const form = useForm<TValues, unknown, z.output<typeof ZOrganizationForm>>({
    resolver: schemaResolver(ZOrganizationForm),
    defaultValues: {
      name: existing?.name ?? '',
      branchType: existing?.branchType ?? (level === 'branch' ? 'community' : null),
      foundedOn: existing?.foundedOn ?? null,
      committeeIds: existing?.committees.map((c) => c.id) ?? [],
      notes: existing?.notes ?? '',
    },
  })
  const submit = useSubmit({
    form,
    fields,
    send: (data, idempotencyKey) =>
      save.mutateAsync(
        target.mode === 'create'
          ? {
              mode: 'create',
              data: { ...data, parentId: parent?.id ?? null, level },
              idempotencyKey,
            }
          : {
              mode: 'edit',
              id: target.organization.id,
              version: target.organization.version,
              data,
            },
      ),
    done: t(target.mode === 'create' ? 'common:messages.created' : 'common:messages.saved'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={() => onDone()}>
      <Typography.Paragraph type="secondary">
        {t('orgs.fields.level')}：{pickLabel(organizationLevelLabels[level], i18n.language)}
        {parent && ` · ${t('orgs.fields.parent')}：${parent.name}`}
        {target.mode === 'create' && <> · {t('orgs.help.level')}</>}
      </Typography.Paragraph>
      <FormField control={form.control} name="name" label={t('orgs.fields.name')} required>
        {(field, a11y) => <Input {...field} {...a11y} maxLength={80} autoFocus />}
      </FormField>
      {level === 'branch' && (
        <FormField control={form.control} name="branchType" label={t('orgs.fields.branchType')}>
          {(field, a11y) => (
            <LabelSelect
              {...a11y}
              labels={branchTypeLabels}
              value={field.value}
              onChange={(v) => field.onChange(v ?? null)}
              onBlur={field.onBlur}
            />
          )}
        </FormField>
      )}
      <FormField
        control={form.control}
        name="committeeIds"
        label={t('orgs.fields.committees')}
        extra={t('orgs.help.committees')}
      >
        {(field, a11y) => (
          <CommitteeSelect
            {...a11y}
            mode="multiple"
            known={existing?.committees}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      </FormField>
      <FormField control={form.control} name="foundedOn" label={t('orgs.fields.foundedOn')}>
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
      <FormField control={form.control} name="notes" label={t('orgs.fields.notes')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={500} />}
      </FormField>
    </SubmitForm>
  )
}
