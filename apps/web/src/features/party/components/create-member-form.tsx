import { Alert, Select } from 'antd'
import { messageFor } from '@cr/shared/common/issue'
import { ZPartyMemberCreate } from '@cr/shared/party/party-member'
import { formatYuan } from '@cr/shared/party/money'
import {
  memberCategoryLabels,
  memberStatusLabels,
  type TMemberCategory,
  type TMemberStatus,
} from '@cr/shared/party/party-codes'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { i18n } from '@/lib/i18n'
import { toLabelLanguage } from '@/lib/language'
import { useCreateMember } from '../api/create-member'
import { useTransferIn } from '../api/member-actions'
import { checkDues } from '../utils/dues-input'
import { ZLetterForm } from '../utils/letter-form'
import { DuesFields, DuesPaidThroughField, type TDuesValues } from './dues-fields'
import { LetterFields, emptyLetter, letterFields, type TLetterValues } from './letter-fields'
import { OrganizationSelect } from './organization-select'

/** The contract's fields, with the dues as typed (read by the shared rule below). */
const ZMemberFormObject = ZPartyMemberCreate.pick({
  residentId: true,
  organizationId: true,
  status: true,
  joinedOn: true,
  fullMembershipOn: true,
  introducers: true,
  category: true,
  duesPaidThrough: true,
}).extend({
  dues: z.object({
    category: z.string().min(1),
    income: z.string(),
    amount: z.string(),
  }),
})

/** The dues are read (and checked) by the shared rule. */
const withDues = <T extends z.output<typeof ZMemberFormObject>>(v: T, ctx: z.RefinementCtx) => {
  const dues = checkDues(v.dues as Parameters<typeof checkDues>[0])
  if (dues.ok) return { ...v, dues: dues.input }
  ctx.addIssue({
    code: 'custom',
    path: ['dues', dues.field],
    message: dues.error ? messageFor(dues.error) : i18n.t('validation.required'),
  })
  return z.NEVER
}

/** The contract's fields (新增党员). */
const ZCreateMemberForm = ZMemberFormObject.transform(withDues)
/** 组织关系转入: the same, with the letter the member brings. */
const ZTransferInForm = ZMemberFormObject.extend({ letter: ZLetterForm }).transform(withDues)
type TOutput = z.output<typeof ZCreateMemberForm> | z.output<typeof ZTransferInForm>

type TValues = {
  residentId: string | undefined
  organizationId: string | undefined
  status: TMemberStatus
  joinedOn: string | null
  fullMembershipOn: string | null
  introducers: string[]
  category: TMemberCategory
  duesPaidThrough: string | null
  dues: TDuesValues
  letter?: TLetterValues
}
const fields = [
  'residentId',
  'organizationId',
  'status',
  'joinedOn',
  'fullMembershipOn',
  'introducers',
  'category',
  'duesPaidThrough',
  'dues.category',
  'dues.income',
  'dues.amount',
  ...letterFields,
] as const

type TProps = {
  title: string
  organizationId?: string
  /** 组织关系转入: the letter's fields first, and the member arrives through the transfer route. */
  transferIn?: boolean
  onDone: () => void
}

/**
 * 新增党员: a resident of the registry, the branch, the stage dates, the dues standard and the
 * 党费交至 the member comes with; or 组织关系转入, the same with the letter the member brings
 * (党费交至 as the letter states it; an expired letter with the reason for the delay).
 */
export const CreateMemberForm = ({ title, organizationId: branch, transferIn, onDone }: TProps) => {
  const { t, i18n: translation } = useTranslation(['party', 'common'])
  const language = translation.language
  const create = useCreateMember()
  const arrive = useTransferIn()
  const form = useForm<TValues, unknown, TOutput>({
    resolver: schemaResolver<TValues, TOutput>(transferIn ? ZTransferInForm : ZCreateMemberForm),
    defaultValues: {
      residentId: undefined,
      organizationId: branch,
      status: transferIn ? 'full' : 'probationary',
      joinedOn: null,
      fullMembershipOn: null,
      introducers: [],
      category: 'direct',
      duesPaidThrough: null,
      dues: { category: undefined, income: '', amount: '' },
      ...(transferIn ? { letter: emptyLetter() } : {}),
    },
  })
  const [memberStatus, dues] = useWatch({ control: form.control, name: ['status', 'dues'] })
  const check = checkDues(dues)
  const submit = useSubmit({
    form,
    fields,
    send: (data, idempotencyKey) =>
      'letter' in data
        ? arrive.mutateAsync({ data, idempotencyKey })
        : create.mutateAsync({ data, idempotencyKey }),
    done: (member) =>
      t(transferIn ? 'transferIn.done' : 'form.created', { name: member.resident.name }),
    onDone: () => onDone(),
  })
  const lang = toLabelLanguage(language)
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      submitLabel={transferIn ? t('transferIn.submit') : undefined}
    >
      {transferIn && (
        <LetterFields control={form.control}>
          <DuesPaidThroughField control={form.control} fromLetter />
        </LetterFields>
      )}
      <div className="party-form-grid">
        <FormField
          control={form.control}
          name="residentId"
          label={t('form.resident')}
          extra={t('form.residentHelp')}
          required
        >
          {(field, a11y) => (
            <ResidentPicker
              {...a11y}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        </FormField>
        <FormField
          control={form.control}
          name="organizationId"
          label={t('form.organization')}
          required
        >
          {(field, a11y) => (
            <OrganizationSelect
              {...a11y}
              membersOnly
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        </FormField>
        <FormField control={form.control} name="status" label={t('form.status')} required>
          {(field, a11y) => (
            <LabelSelect
              {...a11y}
              labels={memberStatusLabels}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        </FormField>
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
        <FormField control={form.control} name="joinedOn" label={t('form.joinedOn')} required>
          {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
        </FormField>
        <FormField
          control={form.control}
          name="fullMembershipOn"
          label={t('form.fullMembershipOn')}
          extra={t('form.fullMembershipHelp')}
          required={memberStatus === 'full'}
        >
          {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
        </FormField>
      </div>
      <FormField
        control={form.control}
        name="introducers"
        label={t('form.introducers')}
        extra={t('form.introducersHelp')}
      >
        {(field, a11y) => (
          <Select
            {...a11y}
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', ' ']}
            value={field.value}
            onChange={field.onChange}
            maxCount={4}
          />
        )}
      </FormField>
      <DuesFields control={form.control} category={dues.category} />
      {!transferIn && <DuesPaidThroughField control={form.control} />}
      {dues.category && (
        <Alert
          role="status"
          type={check.ok ? 'info' : check.error ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            check.ok
              ? t('form.standard', { amount: formatYuan(check.standard.amountFen) })
              : check.error
                ? t('form.standardInvalid', { message: messageFor(check.error, lang) })
                : t('form.standardPending')
          }
          description={
            check.ok
              ? t('form.standardRule', { rule: check.standard.description[lang] })
              : undefined
          }
        />
      )}
    </SubmitForm>
  )
}
