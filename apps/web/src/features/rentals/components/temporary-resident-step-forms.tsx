import { Col, Input, Modal, Row, Skeleton } from 'antd'
import { residenceReasonLabels } from '@cr/shared/rentals/rental-codes'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  ZTemporaryResidentLeave,
  ZTemporaryResidentMove,
  ZTemporaryResidentRegister,
  type TTemporaryResident,
} from '@cr/shared/rentals/temporary-resident'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ProblemResult } from '@/components/errors/problem-result'
import { DateInput } from '@/components/ui/date-input'
import { LabelSelect } from '@/components/ui/label-select'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import {
  useLeaveTemporaryResident,
  useMoveTemporaryResident,
  useRegisterTemporaryResident,
} from '../api/temporary-resident-steps'
import {
  useTemporaryResidentForEdit,
  useUpdateTemporaryResident,
} from '../api/update-temporary-resident'
import {
  ZRegistrationForm,
  registrationFieldNames,
  toRegistrationValues,
  type TRegistrationValues,
} from '../utils/registration-values'
import { emptyPlace, placeFieldNames, placeInput, type TPlaceValues } from '../utils/place-values'
import { PlaceFields } from './place-fields'

/** Which step of a registration is open. */
export type TResidentStep = 'register' | 'move' | 'leave' | 'edit'

type TProps = { resident: TTemporaryResident; onDone: () => void; title: string }

/** 申报: the declared date; past the deadline it is saved as late (shown, never refused). */
const RegisterForm = ({ resident: r, onDone, title }: TProps) => {
  const { t } = useTranslation('rentals')
  type TValues = { declaredOn: string | null }
  const form = useForm<TValues, unknown, z.output<typeof ZTemporaryResidentRegister>>({
    resolver: schemaResolver(ZTemporaryResidentRegister),
    defaultValues: { declaredOn: todayInChina() },
  })
  const step = useRegisterTemporaryResident()
  const submit = useSubmit({
    form,
    fields: ['declaredOn'],
    send: (data, idempotencyKey) =>
      step.mutateAsync({ id: r.id, version: r.version, data, idempotencyKey }),
    done: t('tr.registered', { name: r.person.name }),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField
        control={form.control}
        name="declaredOn"
        label={t('desk.declaredOn')}
        required
        extra={t('tr.deadlineHelp', { deadline: r.deadline })}
      >
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
    </SubmitForm>
  )
}

type TMoveValues = TPlaceValues & { movedOn: string | null }
const ZMoveForm = z.preprocess((raw) => {
  const v = raw as TMoveValues
  return { movedOn: v.movedOn, ...placeInput(v) }
}, ZTemporaryResidentMove)

/** 变更居住地: to another dwelling (rented or not), on a day; the move is kept in the history. */
const MoveForm = ({ resident: r, onDone, title }: TProps) => {
  const { t } = useTranslation('rentals')
  const form = useForm<TMoveValues, unknown, z.output<typeof ZMoveForm>>({
    resolver: schemaResolver(ZMoveForm),
    defaultValues: { ...emptyPlace(), lodging: r.lodging, movedOn: todayInChina() },
  })
  const step = useMoveTemporaryResident()
  const submit = useSubmit({
    form,
    fields: ['movedOn', ...placeFieldNames],
    send: (data, idempotencyKey) =>
      step.mutateAsync({ id: r.id, version: r.version, data, idempotencyKey }),
    done: (after) => t('tr.moved', { name: r.person.name, address: after.dwelling.name }),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <p className="fieldset-hint">{t('tr.moveFrom', { address: r.dwelling.name })}</p>
      <Row gutter={12}>
        <PlaceFields control={form.control} setValue={form.setValue} />
        <Col xs={24} md={12}>
          <FormField control={form.control} name="movedOn" label={t('tr.movedOn')} required>
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

type TLeaveValues = { leftOn: string | null; reason: string }
const ZLeaveForm = z.preprocess((raw) => {
  const v = raw as TLeaveValues
  return { leftOn: v.leftOn, reason: v.reason.trim() || undefined }
}, ZTemporaryResidentLeave)

/** 注销: the day they left and why; asked to confirm, as it ends the registration. */
const LeaveForm = ({ resident: r, onDone, title }: TProps) => {
  const { t } = useTranslation('rentals')
  const form = useForm<TLeaveValues, unknown, z.output<typeof ZLeaveForm>>({
    resolver: schemaResolver(ZLeaveForm),
    defaultValues: { leftOn: todayInChina(), reason: '' },
  })
  const step = useLeaveTemporaryResident()
  const submit = useSubmit({
    form,
    fields: ['leftOn', 'reason'],
    confirm: (data) => ({
      title: t('tr.leaveConfirmTitle', { name: r.person.name }),
      content: t('tr.leaveConfirm', { date: data.leftOn }),
    }),
    send: (data, idempotencyKey) =>
      step.mutateAsync({ id: r.id, version: r.version, data, idempotencyKey }),
    done: t('tr.left', { name: r.person.name }),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <FormField control={form.control} name="leftOn" label={t('tr.leftOn')} required>
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={14}>
          <FormField
            control={form.control}
            name="reason"
            label={t('tr.leaveReason')}
            extra={t('tr.leaveReasonHelp')}
          >
            {(field, a11y) => <Input {...field} {...a11y} maxLength={200} />}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

/** 编辑登记: 户籍地, reason, employer, the move-in date, the 居住证 and notes, on the version given. */
const EditRegistrationForm = ({
  resident: r,
  onDone,
  onReload,
  title,
}: TProps & { onReload: () => void }) => {
  const { t } = useTranslation(['rentals', 'common'])
  const form = useForm<TRegistrationValues, unknown, z.output<typeof ZRegistrationForm>>({
    resolver: schemaResolver(ZRegistrationForm),
    values: toRegistrationValues(r),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateTemporaryResident()
  const submit = useSubmit({
    form,
    fields: registrationFieldNames,
    send: (data) => update.mutateAsync({ id: r.id, version: r.version, data }),
    done: t('common:messages.saved'),
    onDone,
  })
  const date = (name: 'movedInOn' | 'permitIssuedOn' | 'permitLastEndorsedOn', label: string) => (
    <FormField control={form.control} name={name} label={label} required={name === 'movedInOn'}>
      {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
    </FormField>
  )
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone} onReload={onReload}>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <FormField
            control={form.control}
            name="householdRegion"
            label={t('desk.householdRegion')}
          >
            {(field, a11y) => <Input {...field} {...a11y} maxLength={100} />}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="reason" label={t('desk.reason')} required>
            {({ value, onChange, onBlur }, a11y) => (
              <LabelSelect
                {...a11y}
                labels={residenceReasonLabels}
                value={value}
                onChange={(v) => onChange(v ?? r.reason)}
                onBlur={onBlur}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="employer" label={t('desk.employer')}>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={100} />}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          {date('movedInOn', t('desk.movedInOn'))}
        </Col>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="permitNumber" label={t('tr.permitNumber')}>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={40} className="mono" />}
          </FormField>
        </Col>
        <Col xs={12} md={6}>
          {date('permitIssuedOn', t('tr.permitIssuedOn'))}
        </Col>
        <Col xs={12} md={6}>
          {date('permitLastEndorsedOn', t('tr.permitLastEndorsedOn'))}
        </Col>
        <Col span={24}>
          <FormField control={form.control} name="notes" label={t('fields.notes')}>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={500} />}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

/** The registration fetched fresh (its If-Match), then the form. */
const EditLoader = ({ resident, onDone, title }: TProps) => {
  const query = useTemporaryResidentForEdit(resident.id)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <EditRegistrationForm
      resident={query.data}
      onDone={onDone}
      onReload={() => void query.refetch()}
      title={title}
    />
  )
}

/** 申报, 变更居住地, 注销: each a small form in a dialog; Esc or 取消 closes without saving. */
export const TemporaryResidentStepModal = ({
  resident,
  step,
  onClose,
}: {
  resident: TTemporaryResident
  step: TResidentStep | null
  onClose: () => void
}) => {
  const { t } = useTranslation('rentals')
  const title = step ? t(`tr.${step}Title`, { name: resident.person.name }) : ''
  const props = { resident, onDone: onClose, title }
  return (
    <Modal
      open={step !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={step === 'move' || step === 'edit' ? 640 : 480}
      mask={{ closable: false }}
    >
      {step === 'register' && <RegisterForm {...props} />}
      {step === 'move' && <MoveForm {...props} />}
      {step === 'leave' && <LeaveForm {...props} />}
      {step === 'edit' && <EditLoader {...props} />}
    </Modal>
  )
}
