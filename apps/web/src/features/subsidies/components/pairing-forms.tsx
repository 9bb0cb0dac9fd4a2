import { Col, Input, Modal, Row } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  ZPairingCreate,
  ZPairingEnd,
  ZPairingVisitCreate,
  pairingVisitKindLabels,
  type TPairing,
} from '@cr/shared/subsidies/pairing-record'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { useAddPairingVisit, useCreatePairing, useEndPairing } from '../api/pairings'
import { HelperMemberPicker } from './helper-member-picker'

type TCreateValues = {
  helperMemberId: string | null
  helperName: string
  beneficiaryId: string | undefined
  startedOn: string | null
  goals: string
}
const createInput = (caseId: string | undefined) => (v: TCreateValues) => ({
  helperName: v.helperName,
  helperMemberId: v.helperMemberId,
  caseId: caseId ?? null,
  beneficiaryId: caseId ? null : (v.beneficiaryId ?? null),
  startedOn: v.startedOn,
  goals: v.goals.trim() || null,
})

/** 结对帮扶: the helper, whom they help (the case given, or a resident in hardship), from when, the goals. */
const CreatePairingForm = ({
  caseId,
  title,
  onDone,
}: {
  caseId?: string
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation('subsidies')
  const toInput = createInput(caseId)
  const form = useForm<TCreateValues, unknown, z.output<typeof ZPairingCreate>>({
    resolver: schemaResolver(z.preprocess((raw) => toInput(raw as TCreateValues), ZPairingCreate)),
    defaultValues: {
      helperName: '',
      beneficiaryId: undefined,
      startedOn: todayInChina(),
      goals: '',
    },
  })
  const create = useCreatePairing()
  const submit = useSubmit({
    form,
    fields: ['helperMemberId', 'helperName', 'beneficiaryId', 'startedOn', 'goals'],
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('pairing.created'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24}>
          <FormField
            control={form.control}
            name="helperMemberId"
            label={t('pairing.member')}
            extra={t('pairing.memberHelp')}
          >
            {({ value, onChange }, a11y) => (
              <HelperMemberPicker
                {...a11y}
                value={value}
                onChange={(member) => {
                  onChange(member?.id ?? null)
                  if (member) form.setValue('helperName', member.name)
                }}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField
            control={form.control}
            name="helperName"
            label={t('pairing.helper')}
            required
            extra={t('pairing.helperHelp')}
          >
            {(field, a11y) => <Input {...field} {...a11y} maxLength={50} />}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField
            control={form.control}
            name="startedOn"
            label={t('pairing.startedOn')}
            required
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        {!caseId && (
          <Col xs={24}>
            <FormField
              control={form.control}
              name="beneficiaryId"
              label={t('pairing.beneficiary')}
              required
              extra={t('pairing.beneficiaryHelp')}
            >
              {({ value, onChange, onBlur }, a11y) => (
                <ResidentPicker {...a11y} value={value} onChange={onChange} onBlur={onBlur} />
              )}
            </FormField>
          </Col>
        )}
        <Col xs={24}>
          <FormField control={form.control} name="goals" label={t('pairing.goals')}>
            {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={3} maxLength={1000} />}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

type TVisitValues = { on: string | null; kind: 'visit' | 'help' | 'other'; note: string }

/** 帮扶记录: a visit or help given, dated, with what was done. */
const VisitForm = ({
  pairing,
  title,
  onDone,
}: {
  pairing: TPairing
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation('subsidies')
  const form = useForm<TVisitValues, unknown, z.output<typeof ZPairingVisitCreate>>({
    resolver: schemaResolver(ZPairingVisitCreate),
    defaultValues: { on: todayInChina(), kind: 'visit', note: '' },
  })
  const add = useAddPairingVisit()
  const submit = useSubmit({
    form,
    fields: ['on', 'kind', 'note'],
    send: (data, idempotencyKey) =>
      add.mutateAsync({ id: pairing.id, version: pairing.version, data, idempotencyKey }),
    done: t('pairing.visited'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={12}>
          <FormField control={form.control} name="on" label={t('pairing.visitOn')} required>
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={12}>
          <FormField control={form.control} name="kind" label={t('pairing.visitKind')} required>
            {({ value, onChange }, a11y) => (
              <LabelSelect
                {...a11y}
                labels={pairingVisitKindLabels}
                value={value}
                onChange={(v) => onChange(v ?? 'visit')}
              />
            )}
          </FormField>
        </Col>
      </Row>
      <FormField control={form.control} name="note" label={t('pairing.visitNote')} required>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={3} maxLength={1000} />}
      </FormField>
    </SubmitForm>
  )
}

type TEndValues = { endedOn: string | null; note: string }

/** 结束结对: the last day and why; asked to confirm. */
const EndForm = ({
  pairing,
  title,
  onDone,
}: {
  pairing: TPairing
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation('subsidies')
  const form = useForm<TEndValues, unknown, z.output<typeof ZPairingEnd>>({
    resolver: schemaResolver(ZPairingEnd),
    defaultValues: { endedOn: todayInChina(), note: '' },
  })
  const end = useEndPairing()
  const submit = useSubmit({
    form,
    fields: ['endedOn', 'note'],
    confirm: {
      title: t('pairing.endConfirmTitle', { name: pairing.helperName }),
      content: t('pairing.endConfirm'),
    },
    send: (data, idempotencyKey) =>
      end.mutateAsync({ id: pairing.id, version: pairing.version, data, idempotencyKey }),
    done: t('pairing.ended'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField control={form.control} name="endedOn" label={t('pairing.endedOn')} required>
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField control={form.control} name="note" label={t('pairing.endNote')}>
        {(field, a11y) => <Input {...field} {...a11y} maxLength={500} />}
      </FormField>
    </SubmitForm>
  )
}

/** What a pairings list opens: a new pairing (for the case given), a visit, or the end. */
export type TPairingModal =
  | { kind: 'create'; caseId?: string }
  | { kind: 'visit'; pairing: TPairing }
  | { kind: 'end'; pairing: TPairing }

export const PairingModal = ({
  modal,
  onClose,
}: {
  modal: TPairingModal | null
  onClose: () => void
}) => {
  const { t } = useTranslation('subsidies')
  const title = !modal
    ? ''
    : modal.kind === 'create'
      ? t('pairing.createTitle')
      : t(modal.kind === 'visit' ? 'pairing.visitTitle' : 'pairing.endTitle', {
          name: modal.pairing.helperName,
        })
  return (
    <Modal
      open={modal !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={620}
      mask={{ closable: false }}
    >
      {modal?.kind === 'create' && (
        <CreatePairingForm caseId={modal.caseId} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'visit' && (
        <VisitForm pairing={modal.pairing} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'end' && <EndForm pairing={modal.pairing} title={title} onDone={onClose} />}
    </Modal>
  )
}
