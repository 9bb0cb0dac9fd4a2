import { Input, InputNumber } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  ZConfirmMembership,
  ZExtendProbation,
  ZTransferOut,
  type TPartyMember,
} from '@cr/shared/party/party-member'
import { maxValidDays } from '@cr/shared/party/transfer-letter'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useConfirmMembership, useExtendProbation, useTransferOut } from '../api/member-steps'
import type { TPartyTransfer } from '../api/transfers'

type TProps = { member: TPartyMember; title: string; onDone: () => void }

/** 转正 on the date the branch meeting approved it. */
export const ConfirmForm = ({ member, title, onDone }: TProps) => {
  const { t } = useTranslation('party')
  const form = useForm<{ on: string | null }, unknown, z.output<typeof ZConfirmMembership>>({
    resolver: schemaResolver(ZConfirmMembership),
    defaultValues: { on: member.probationDueOn ?? todayInChina() },
  })
  const confirm = useConfirmMembership()
  const submit = useSubmit({
    form,
    fields: ['on'],
    send: (data, idempotencyKey) =>
      confirm.mutateAsync({ id: member.id, version: member.version, data, idempotencyKey }),
    confirm: { title: t('steps.confirmTitle.confirm'), content: t('steps.confirmHint.confirm') },
    done: t('steps.done.confirm'),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      submitLabel={t('steps.confirm')}
    >
      <FormField
        control={form.control}
        name="on"
        label={t('steps.fields.confirmOn')}
        extra={t('steps.help.confirm')}
        required
      >
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
    </SubmitForm>
  )
}

type TExtendValues = { on: string | null; months: number | null; reason: string }

/** 延长预备期: once, 6 to 12 months, with the reason. */
export const ExtendForm = ({ member, title, onDone }: TProps) => {
  const { t } = useTranslation('party')
  const form = useForm<TExtendValues, unknown, z.output<typeof ZExtendProbation>>({
    resolver: schemaResolver(ZExtendProbation),
    defaultValues: { on: todayInChina(), months: 6, reason: '' },
  })
  const extend = useExtendProbation()
  const submit = useSubmit({
    form,
    fields: ['on', 'months', 'reason'],
    send: (data, idempotencyKey) =>
      extend.mutateAsync({ id: member.id, version: member.version, data, idempotencyKey }),
    confirm: { title: t('steps.confirmTitle.extend'), content: t('steps.confirmHint.extend') },
    done: t('steps.done.extend'),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      submitLabel={t('steps.extend')}
    >
      <FormField control={form.control} name="on" label={t('steps.fields.on')} required>
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
      <FormField
        control={form.control}
        name="months"
        label={t('steps.fields.months')}
        extra={t('steps.help.months')}
        required
      >
        {(field, a11y) => (
          <InputNumber
            {...a11y}
            min={6}
            max={12}
            precision={0}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            style={{ width: 120 }}
          />
        )}
      </FormField>
      <FormField control={form.control} name="reason" label={t('steps.fields.reason')} required>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={200} />}
      </FormField>
    </SubmitForm>
  )
}

type TTransferValues = {
  serialNumber: string
  toOrganization: string
  issuedOn: string | null
  validDays: number | null | undefined
}

/** 组织关系转出: the letter's serial number, where to, the issue date; then the letter opens. */
export const TransferOutForm = ({
  member,
  title,
  onDone,
  onIssued,
}: TProps & { onIssued: (transfer: TPartyTransfer) => void }) => {
  const { t } = useTranslation('party')
  const form = useForm<TTransferValues, unknown, z.output<typeof ZTransferOut>>({
    resolver: schemaResolver(ZTransferOut),
    defaultValues: {
      serialNumber: '',
      toOrganization: '',
      issuedOn: todayInChina(),
      validDays: undefined,
    },
  })
  const transferOut = useTransferOut()
  const submit = useSubmit({
    form,
    fields: ['serialNumber', 'toOrganization', 'issuedOn', 'validDays'],
    send: (data, idempotencyKey) =>
      transferOut.mutateAsync({ id: member.id, version: member.version, data, idempotencyKey }),
    confirm: {
      title: t('steps.confirmTitle.transferOut'),
      content: t('steps.confirmHint.transferOut'),
    },
    done: t('steps.done.transferOut'),
    onDone: onIssued,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={title}
      onCancel={onDone}
      submitLabel={t('steps.transferOut')}
    >
      <FormField
        control={form.control}
        name="serialNumber"
        label={t('steps.fields.serialNumber')}
        required
      >
        {(field, a11y) => <Input {...field} {...a11y} maxLength={40} autoFocus />}
      </FormField>
      <FormField
        control={form.control}
        name="toOrganization"
        label={t('steps.fields.toOrganization')}
        required
      >
        {(field, a11y) => <Input {...field} {...a11y} maxLength={100} />}
      </FormField>
      <FormField control={form.control} name="issuedOn" label={t('steps.fields.issuedOn')} required>
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
      <FormField
        control={form.control}
        name="validDays"
        label={t('steps.fields.validDays')}
        extra={t('steps.help.validDays')}
      >
        {(field, a11y) => (
          <InputNumber
            {...a11y}
            min={1}
            max={maxValidDays(form.getValues('issuedOn') ?? todayInChina())}
            precision={0}
            value={field.value}
            onChange={(v) => field.onChange(v ?? undefined)}
            style={{ width: 120 }}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}
