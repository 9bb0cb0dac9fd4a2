import { Col, Input, InputNumber, Row, Select } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  ZSubsidyApprove,
  ZSubsidyDeliberate,
  ZSubsidyInvestigate,
  ZSubsidyObject,
  ZSubsidyPublicize,
  ZSubsidyStreetReview,
  type TSubsidyCase,
} from '@cr/shared/subsidies/subsidy-case'
import { deliberationPasses, publicNoticeEndsOn } from '@cr/shared/subsidies/subsidy-steps'
import { useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { DatedNoteForm } from './case-dated-note-form'
import { useCaseStepForm } from './use-case-step-form'

export type TStepFormProps = { record: TSubsidyCase; title: string; onDone: () => void }

const text = (v: string) => v.trim() || undefined

type TInvestigateValues = {
  investigatedOn: string | null
  investigators: string[]
  findings: string
}
const investigateInput = (v: TInvestigateValues) => ({
  investigatedOn: v.investigatedOn,
  investigators: v.investigators.map((n) => n.trim()).filter(Boolean),
  findings: text(v.findings),
})

/** 入户调查: the day, two or more investigators (typed, Enter after each), the findings. */
export const InvestigateForm = ({ record, title, onDone }: TStepFormProps) => {
  const { t } = useTranslation('subsidies')
  const { form, submit } = useCaseStepForm<TInvestigateValues>({
    record,
    step: 'investigate',
    schema: ZSubsidyInvestigate,
    toInput: investigateInput,
    defaultValues: { investigatedOn: todayInChina(), investigators: [], findings: '' },
    fields: ['investigatedOn', 'investigators', 'findings'],
    done: t('steps.done.investigate'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <FormField
            control={form.control}
            name="investigatedOn"
            label={t('steps.investigatedOn')}
            required
            extra={record.deadline ? t('steps.deadline', { date: record.deadline }) : undefined}
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={14}>
          <FormField
            control={form.control}
            name="investigators"
            label={t('steps.investigators')}
            required
            extra={t('steps.investigatorsHelp')}
          >
            {({ value, onChange, onBlur }, a11y) => (
              <Select
                {...a11y}
                mode="tags"
                value={value}
                onChange={onChange}
                onBlur={onBlur}
                tokenSeparators={['、', ',', '，', ' ']}
                open={false}
                suffixIcon={null}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24}>
          <FormField control={form.control} name="findings" label={t('steps.findings')}>
            {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={3} maxLength={2000} />}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

type TDeliberateValues = {
  heldOn: string | null
  members: number | null
  present: number | null
  agree: number | null
  minutes: string
}
const deliberateInput = (v: TDeliberateValues) => ({
  heldOn: v.heldOn,
  members: v.members ?? undefined,
  present: v.present ?? undefined,
  agree: v.agree ?? undefined,
  minutes: text(v.minutes),
})

/** 民主评议: attendance and votes; whether it passes by the rule is said before saving. */
export const DeliberateForm = ({ record, title, onDone }: TStepFormProps) => {
  const { t } = useTranslation('subsidies')
  const { form, submit } = useCaseStepForm<TDeliberateValues>({
    record,
    step: 'deliberate',
    schema: ZSubsidyDeliberate,
    toInput: deliberateInput,
    defaultValues: {
      heldOn: todayInChina(),
      members: null,
      present: null,
      agree: null,
      minutes: '',
    },
    fields: ['heldOn', 'members', 'present', 'agree', 'minutes'],
    done: t('steps.done.deliberate'),
    onDone,
  })
  const [members, present, agree] = useWatch({
    control: form.control,
    name: ['members', 'present', 'agree'],
  })
  const complete = members != null && present != null && agree != null
  const passes = complete && deliberationPasses({ members, present, agree })
  const count = (name: 'members' | 'present' | 'agree') => (
    <Col xs={8}>
      <FormField control={form.control} name={name} label={t(`steps.vote.${name}`)} required>
        {({ value, onChange, onBlur }, a11y) => (
          <InputNumber
            {...a11y}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
            min={0}
            max={200}
            precision={0}
            style={{ width: '100%' }}
          />
        )}
      </FormField>
    </Col>
  )
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <FormField
            control={form.control}
            name="heldOn"
            label={t('steps.heldOn')}
            required
            extra={record.deadline ? t('steps.deadline', { date: record.deadline }) : undefined}
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
      </Row>
      <Row gutter={12}>
        {count('members')}
        {count('present')}
        {count('agree')}
      </Row>
      <p className={passes ? 'text-success' : 'text-secondary'} role="status">
        {complete
          ? passes
            ? t('steps.vote.passes')
            : t('steps.vote.fails')
          : t('steps.vote.rule')}
      </p>
      <FormField control={form.control} name="minutes" label={t('steps.minutes')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={3} maxLength={2000} />}
      </FormField>
    </SubmitForm>
  )
}

type TPublicizeValues = { startsOn: string | null; place: string }
const publicizeInput = (v: TPublicizeValues) => ({ startsOn: v.startsOn, place: text(v.place) })

/** 公示: from the first day, 7 days (the last day is shown as the date is typed). */
export const PublicizeForm = ({ record, title, onDone }: TStepFormProps) => {
  const { t } = useTranslation('subsidies')
  const { form, submit } = useCaseStepForm<TPublicizeValues>({
    record,
    step: 'publicize',
    schema: ZSubsidyPublicize,
    toInput: publicizeInput,
    defaultValues: { startsOn: todayInChina(), place: '' },
    fields: ['startsOn', 'place'],
    done: t('steps.done.publicize'),
    onDone,
  })
  const startsOn = useWatch({ control: form.control, name: 'startsOn' })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <FormField
            control={form.control}
            name="startsOn"
            label={t('steps.startsOn')}
            required
            extra={
              startsOn && /^\d{4}-\d{2}-\d{2}$/.test(startsOn)
                ? t('steps.noticeEnds', { date: publicNoticeEndsOn(startsOn) })
                : undefined
            }
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={14}>
          <FormField control={form.control} name="place" label={t('steps.place')}>
            {(field, a11y) => (
              <Input
                {...field}
                {...a11y}
                maxLength={100}
                placeholder={t('steps.placePlaceholder')}
              />
            )}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

/** 公示异议: the case goes back to investigation with the objection recorded. */
export const ObjectForm = (props: TStepFormProps) => {
  const { t } = useTranslation('subsidies')
  return (
    <DatedNoteForm
      {...props}
      step="object"
      schema={ZSubsidyObject}
      date={{ name: 'objectedOn', label: t('steps.objectedOn') }}
      note={{ name: 'objection', label: t('steps.objection'), required: true, max: 1000 }}
      done={t('steps.done.object')}
      confirm={{ title: t('steps.objectConfirmTitle'), content: t('steps.objectConfirm') }}
    />
  )
}

/** 街道审核: the street office's opinion as the clerk records it, after the 公示 has ended. */
export const StreetReviewForm = (props: TStepFormProps) => {
  const { t } = useTranslation('subsidies')
  const notice = props.record.publicNotice
  return (
    <DatedNoteForm
      {...props}
      step="street_review"
      schema={ZSubsidyStreetReview}
      date={{
        name: 'reviewedOn',
        label: t('steps.streetReviewedOn'),
        extra: notice ? t('steps.afterNotice', { date: notice.endsOn }) : undefined,
      }}
      note={{ name: 'opinion', label: t('steps.opinion'), max: 1000 }}
      done={t('steps.done.street_review')}
    />
  )
}

type TApproveValues = {
  approvedOn: string | null
  certificateNumber: string
  adjustment: string
  adjustmentSign: 'plus' | 'minus'
  adjustmentReason: string
}
const approveInput = (v: TApproveValues) => ({
  approvedOn: v.approvedOn,
  certificateNumber: text(v.certificateNumber),
  adjustment: text(v.adjustment),
  adjustmentSign: v.adjustmentSign,
  adjustmentReason: text(v.adjustmentReason),
})

/** 县级审批: the approval's day (paid from its month), the 低保证 number, an adjustment with its reason. */
export const ApproveForm = ({ record, title, onDone }: TStepFormProps) => {
  const { t } = useTranslation('subsidies')
  const { form, submit } = useCaseStepForm<TApproveValues>({
    record,
    step: 'approve',
    schema: ZSubsidyApprove,
    toInput: approveInput,
    defaultValues: {
      approvedOn: todayInChina(),
      certificateNumber: record.certificateNumber ?? '',
      adjustment: '',
      adjustmentSign: 'plus',
      adjustmentReason: '',
    },
    fields: ['approvedOn', 'certificateNumber', 'adjustment', 'adjustmentReason'],
    done: t('steps.done.approve'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={10}>
          <FormField
            control={form.control}
            name="approvedOn"
            label={t('steps.approvedOn')}
            required
            extra={t('steps.approvedOnHelp')}
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={14}>
          <FormField
            control={form.control}
            name="certificateNumber"
            label={t('fields.certificateNumber')}
          >
            {(field, a11y) => <Input {...field} {...a11y} maxLength={40} />}
          </FormField>
        </Col>
        <Col xs={10} md={6}>
          <FormField control={form.control} name="adjustmentSign" label={t('steps.adjustmentSign')}>
            {({ value, onChange }, a11y) => (
              <Select
                {...a11y}
                value={value}
                onChange={onChange}
                options={[
                  { value: 'plus', label: t('steps.plus') },
                  { value: 'minus', label: t('steps.minus') },
                ]}
              />
            )}
          </FormField>
        </Col>
        <Col xs={14} md={6}>
          <FormField control={form.control} name="adjustment" label={t('steps.adjustment')}>
            {(field, a11y) => <Input {...field} {...a11y} inputMode="decimal" placeholder="0" />}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField
            control={form.control}
            name="adjustmentReason"
            label={t('steps.adjustmentReason')}
          >
            {(field, a11y) => <Input {...field} {...a11y} maxLength={200} />}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}
