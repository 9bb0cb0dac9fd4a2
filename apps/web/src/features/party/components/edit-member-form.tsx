import { Checkbox, Input, Select } from 'antd'
import { messageFor } from '@cr/shared/common/issue'
import { duesStartMonth } from '@cr/shared/party/dues-roll'
import { ZPartyMemberUpdate, type TPartyMember } from '@cr/shared/party/party-member'
import { memberCategoryLabels, type TMemberCategory } from '@cr/shared/party/party-codes'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { i18n } from '@/lib/i18n'
import { useUpdateMember } from '../api/member-actions'
import { checkDues } from '../utils/dues-input'
import { currentMonth } from '../utils/party-dates'
import { DuesFields, type TDuesValues } from './dues-fields'
import { MonthInput } from '@/components/ui/month-input'

const s = ZPartyMemberUpdate.shape

/** The contract's fields; the dues standard is sent only when the clerk asks to change it. */
const ZEditMemberForm = z
  .object({
    appliedOn: s.appliedOn,
    activistOn: s.activistOn,
    candidateOn: s.candidateOn,
    category: s.category,
    introducers: s.introducers,
    partyPosts: s.partyPosts,
    hardship: s.hardship,
    lostContactOn: s.lostContactOn,
    notes: s.notes,
    changeDues: z.boolean(),
    dues: z.object({ category: z.string().optional(), income: z.string(), amount: z.string() }),
    duesFromMonth: s.duesFromMonth,
  })
  .transform(({ changeDues, dues, duesFromMonth, ...rest }, ctx) => {
    if (!changeDues) return rest
    const checked = checkDues(dues as Parameters<typeof checkDues>[0])
    if (checked.ok) return { ...rest, dues: checked.input, duesFromMonth }
    ctx.addIssue({
      code: 'custom',
      path: ['dues', checked.field],
      message: checked.error ? messageFor(checked.error) : i18n.t('validation.required'),
    })
    return z.NEVER
  })

type TValues = {
  appliedOn: string | null
  activistOn: string | null
  candidateOn: string | null
  category: TMemberCategory
  introducers: string[]
  partyPosts: string[]
  hardship: string
  lostContactOn: string | null
  notes: string
  changeDues: boolean
  dues: TDuesValues
  duesFromMonth: string
}
const fields = [
  'appliedOn',
  'activistOn',
  'candidateOn',
  'category',
  'introducers',
  'partyPosts',
  'hardship',
  'lostContactOn',
  'notes',
  'dues.category',
  'dues.income',
  'dues.amount',
  'duesFromMonth',
] as const

const tagsProps = {
  mode: 'tags' as const,
  open: false,
  suffixIcon: null,
  tokenSeparators: [',', '，', '、', ' '],
}

type TProps = { member: TPartyMember; title: string; onDone: () => void }

/**
 * 编辑: the stage dates, introducers, posts, hardship, 失联, notes and (on request) the dues
 * standard, with the month it applies from (this month by default; earlier months keep theirs).
 */
export const EditMemberForm = ({ member: m, title, onDone }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  const update = useUpdateMember()
  const form = useForm<TValues, unknown, z.output<typeof ZEditMemberForm>>({
    resolver: schemaResolver(ZEditMemberForm),
    defaultValues: {
      appliedOn: m.appliedOn,
      activistOn: m.activistOn,
      candidateOn: m.candidateOn,
      category: m.category,
      introducers: m.introducers,
      partyPosts: m.partyPosts,
      hardship: m.hardship ?? '',
      lostContactOn: m.lostContactOn,
      notes: m.notes ?? '',
      changeDues: false,
      dues: { category: m.dues.category, income: '', amount: '' },
      duesFromMonth: currentMonth(),
    },
  })
  const [changeDues, duesCategory] = useWatch({
    control: form.control,
    name: ['changeDues', 'dues.category'],
  })
  const submit = useSubmit({
    form,
    fields,
    send: (data) => update.mutateAsync({ id: m.id, version: m.version, data }),
    done: t('common:messages.saved'),
    onDone: () => onDone(),
  })
  const date = (name: 'appliedOn' | 'activistOn' | 'candidateOn' | 'lostContactOn') => (
    <FormField
      control={form.control}
      name={name}
      label={t(`profile.fields.${name}`)}
      extra={name === 'lostContactOn' ? t('edit.lostContactHelp') : undefined}
    >
      {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
    </FormField>
  )
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone} onReload={onDone}>
      <div className="party-form-grid">
        {date('appliedOn')}
        {date('activistOn')}
        {date('candidateOn')}
        <FormField control={form.control} name="category" label={t('form.category')} required>
          {(field, a11y) => (
            <LabelSelect
              {...a11y}
              labels={memberCategoryLabels}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        </FormField>
        <FormField
          control={form.control}
          name="introducers"
          label={t('form.introducers')}
          extra={t('form.introducersHelp')}
        >
          {(field, a11y) => (
            <Select
              {...a11y}
              {...tagsProps}
              maxCount={4}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        </FormField>
        <FormField
          control={form.control}
          name="partyPosts"
          label={t('profile.fields.posts')}
          extra={t('edit.postsHelp')}
        >
          {(field, a11y) => (
            <Select
              {...a11y}
              {...tagsProps}
              maxCount={5}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        </FormField>
        <FormField control={form.control} name="hardship" label={t('edit.hardship')}>
          {(field, a11y) => <Input {...field} {...a11y} maxLength={100} />}
        </FormField>
        {date('lostContactOn')}
      </div>
      <FormField control={form.control} name="notes" label={t('edit.notes')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={500} />}
      </FormField>
      <FormField control={form.control} name="changeDues" label={t('profile.dues')}>
        {(field, a11y) => (
          <Checkbox
            id={a11y.id}
            checked={field.value}
            onChange={(e) => field.onChange(e.target.checked)}
          >
            {t('edit.changeDues')}
          </Checkbox>
        )}
      </FormField>
      {changeDues && (
        <>
          <DuesFields control={form.control} category={duesCategory} />
          <FormField
            control={form.control}
            name="duesFromMonth"
            label={t('edit.duesFromMonth')}
            extra={t('edit.duesFromMonthHelp')}
            required
          >
            {(field, a11y) => (
              <MonthInput
                {...a11y}
                value={field.value}
                onChange={field.onChange}
                min={duesStartMonth(m.joinedOn)}
                style={{ width: 200 }}
              />
            )}
          </FormField>
        </>
      )}
    </SubmitForm>
  )
}
