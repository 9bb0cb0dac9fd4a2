import { Col, Input, Row } from 'antd'
import {
  ZRentalContractCancel,
  ZRentalContractCreate,
  ZRentalContractRenew,
  type TRentalContract,
} from '@cr/shared/rentals/rental-contract'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import { useForm, type Control, type FieldValues, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useCancelContract, useRenewContract, useSignContract } from '../api/contract-steps'

type TLeaseValues = {
  number: string
  signedOn: string | null
  leaseStartsOn: string | null
  leaseEndsOn: string | null
  monthlyRent: string
  notes: string
}
const leaseFieldNames = [
  'number',
  'signedOn',
  'leaseStartsOn',
  'leaseEndsOn',
  'monthlyRent',
  'notes',
] as const

/** Blank text is left out, so the contract's defaults apply (the next number, the old rent). */
const blankToNull = (v: TLeaseValues) => ({
  ...v,
  number: v.number.trim() || null,
  monthlyRent: v.monthlyRent.trim() || null,
  leaseStartsOn: v.leaseStartsOn ?? undefined,
})

const DateField = <T extends FieldValues, TOut>({
  control,
  name,
  label,
  required,
  extra,
  autoFocus,
}: {
  control: Control<T, unknown, TOut>
  name: Path<T>
  label: string
  required?: boolean
  extra?: string
  autoFocus?: boolean
}) => (
  <FormField control={control} name={name} label={label} required={required} extra={extra}>
    {({ value, onChange }, a11y) => (
      <DateInput
        {...a11y}
        {...(autoFocus ? { autoFocus } : {})}
        value={value as string | null}
        onChange={onChange}
      />
    )}
  </FormField>
)

/** 编号, 签订日期, 租期, 月租金, 备注: the fields of a new contract and of a renewal. */
const LeaseFields = <TOut,>({
  control,
  renewal,
}: {
  control: Control<TLeaseValues, unknown, TOut>
  renewal?: boolean
}) => {
  const { t } = useTranslation('rentals')
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <FormField
          control={control}
          name="number"
          label={t('contract.number')}
          extra={t('contract.numberHelp')}
        >
          {(field, a11y) => (
            <Input {...field} {...a11y} maxLength={40} className="mono" autoFocus />
          )}
        </FormField>
      </Col>
      <Col xs={24} md={12}>
        <DateField control={control} name="signedOn" label={t('contract.signedOn')} required />
      </Col>
      <Col xs={24} md={12}>
        <DateField
          control={control}
          name="leaseStartsOn"
          label={t('contract.leaseStartsOn')}
          required={!renewal}
          extra={renewal ? t('contract.renewStartHelp') : undefined}
        />
      </Col>
      <Col xs={24} md={12}>
        <DateField
          control={control}
          name="leaseEndsOn"
          label={t('contract.leaseEndsOn')}
          required
        />
      </Col>
      <Col xs={24} md={12}>
        <FormField control={control} name="monthlyRent" label={t('contract.monthlyRent')}>
          {(field, a11y) => <Input {...field} {...a11y} inputMode="decimal" maxLength={11} />}
        </FormField>
      </Col>
      <Col xs={24} md={12}>
        <FormField control={control} name="notes" label={t('contract.notes')}>
          {(field, a11y) => <Input {...field} {...a11y} maxLength={500} />}
        </FormField>
      </Col>
    </Row>
  )
}

const emptyLease = (rent?: string | null): TLeaseValues => ({
  number: '',
  signedOn: null,
  leaseStartsOn: null,
  leaseEndsOn: null,
  monthlyRent: rent ?? '',
  notes: '',
})

type TDone = { title: string; onDone: () => void }

/** 签订治安责任书 for a rented dwelling. */
export const SignContractForm = ({
  property,
  title,
  onDone,
}: TDone & { property: TRentalProperty }) => {
  const { t } = useTranslation('rentals')
  const schema = z.preprocess(
    (v) => ({ ...blankToNull(v as TLeaseValues), propertyId: property.id }),
    ZRentalContractCreate,
  )
  const form = useForm<TLeaseValues, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: emptyLease(),
  })
  const sign = useSignContract()
  const submit = useSubmit({
    form,
    fields: leaseFieldNames,
    send: (data, idempotencyKey) => sign.mutateAsync({ data, idempotencyKey }),
    done: t('contract.signed'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <LeaseFields control={form.control} />
    </SubmitForm>
  )
}

/** 续签: a new contract linked to this one; the rent is the old one unless changed. */
export const RenewContractForm = ({
  contract,
  title,
  onDone,
}: TDone & { contract: TRentalContract }) => {
  const { t } = useTranslation('rentals')
  const schema = z.preprocess((v) => blankToNull(v as TLeaseValues), ZRentalContractRenew)
  const form = useForm<TLeaseValues, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: emptyLease(contract.monthlyRent),
  })
  const renew = useRenewContract()
  const submit = useSubmit({
    form,
    fields: leaseFieldNames,
    send: (data, idempotencyKey) =>
      renew.mutateAsync({ id: contract.id, version: contract.version, data, idempotencyKey }),
    done: t('contract.renewed'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <LeaseFields control={form.control} renewal />
    </SubmitForm>
  )
}

type TCancelValues = { cancelledOn: string | null; reason: string }

/** 注销: the contract ends on a day, for a reason. */
export const CancelContractForm = ({
  contract,
  title,
  onDone,
}: TDone & { contract: TRentalContract }) => {
  const { t } = useTranslation('rentals')
  const form = useForm<TCancelValues, unknown, z.output<typeof ZRentalContractCancel>>({
    resolver: schemaResolver(ZRentalContractCancel),
    defaultValues: { cancelledOn: null, reason: '' },
  })
  const cancel = useCancelContract()
  const submit = useSubmit({
    form,
    fields: ['cancelledOn', 'reason'],
    send: (data, idempotencyKey) =>
      cancel.mutateAsync({ id: contract.id, version: contract.version, data, idempotencyKey }),
    done: t('contract.cancelledDone'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <DateField
        control={form.control}
        name="cancelledOn"
        label={t('contract.cancelledOn')}
        required
        autoFocus
      />
      <FormField control={form.control} name="reason" label={t('contract.reason')} required>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={200} />}
      </FormField>
    </SubmitForm>
  )
}
