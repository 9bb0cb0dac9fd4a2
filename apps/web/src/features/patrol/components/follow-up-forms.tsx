import { Input, Modal } from 'antd'
import { addDays, todayInChina } from '@cr/shared/party/calendar'
import {
  ZPatrolFollowUpClose,
  ZPatrolFollowUpCreate,
  type TPatrolFollowUp,
} from '@cr/shared/patrol/patrol-follow-up'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useMe } from '@/lib/auth'
import { useCloseFollowUp, useOpenFollowUp } from '../api/patrol-follow-ups'
import { OwnerSelect } from './owner-select'

type TOpenValues = {
  findingId: string
  ownerId: string | undefined
  openedOn: string | null
  dueOn: string | null
  note: string
}

/** 开跟进 on a finding: who follows it up, by when, what is asked. */
const OpenForm = ({
  findingId,
  staff,
  title,
  onDone,
}: {
  findingId: string
  staff: Array<{ id: string; name: string }>
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation('patrol')
  const me = useMe()
  const today = todayInChina()
  const form = useForm<TOpenValues, unknown, z.output<typeof ZPatrolFollowUpCreate>>({
    resolver: schemaResolver(ZPatrolFollowUpCreate),
    defaultValues: {
      findingId,
      ownerId: me.user.id,
      openedOn: today,
      dueOn: addDays(today, 7),
      note: '',
    },
  })
  const open = useOpenFollowUp()
  const submit = useSubmit({
    form,
    fields: ['findingId', 'ownerId', 'openedOn', 'dueOn', 'note'],
    send: (data, idempotencyKey) => open.mutateAsync({ data, idempotencyKey }),
    done: t('followUps.opened'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField control={form.control} name="ownerId" label={t('followUps.owner')} required>
        {({ value, onChange }, a11y) => (
          <OwnerSelect {...a11y} value={value} onChange={onChange} staff={staff} />
        )}
      </FormField>
      <FormField control={form.control} name="openedOn" label={t('followUps.openedOn')} required>
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField control={form.control} name="dueOn" label={t('followUps.dueOn')} required>
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField control={form.control} name="note" label={t('followUps.note')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={500} />}
      </FormField>
    </SubmitForm>
  )
}

type TCloseValues = { closedOn: string | null; note: string }

/** 办结: the day and what was done. */
const CloseForm = ({
  followUp,
  title,
  onDone,
}: {
  followUp: TPatrolFollowUp
  title: string
  onDone: () => void
}) => {
  const { t } = useTranslation('patrol')
  const form = useForm<TCloseValues, unknown, z.output<typeof ZPatrolFollowUpClose>>({
    resolver: schemaResolver(ZPatrolFollowUpClose),
    defaultValues: { closedOn: todayInChina(), note: '' },
  })
  const close = useCloseFollowUp()
  const submit = useSubmit({
    form,
    fields: ['closedOn', 'note'],
    send: (data, idempotencyKey) =>
      close.mutateAsync({ id: followUp.id, version: followUp.version, data, idempotencyKey }),
    done: t('followUps.closed'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField control={form.control} name="closedOn" label={t('followUps.closedOn')} required>
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField control={form.control} name="note" label={t('followUps.closingNote')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={3} maxLength={500} />}
      </FormField>
    </SubmitForm>
  )
}

/** What a page opens: a follow-up on a finding, or the closing of one. */
export type TFollowUpModal =
  | { kind: 'open'; findingId: string; label: string; staff: Array<{ id: string; name: string }> }
  | { kind: 'close'; followUp: TPatrolFollowUp }

export const FollowUpModal = ({
  modal,
  onClose,
}: {
  modal: TFollowUpModal | null
  onClose: () => void
}) => {
  const { t } = useTranslation('patrol')
  const title = !modal
    ? ''
    : modal.kind === 'open'
      ? t('followUps.openTitle', { finding: modal.label })
      : t('followUps.closeTitle')
  return (
    <Modal
      open={modal !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={520}
      mask={{ closable: false }}
    >
      {modal?.kind === 'open' && (
        <OpenForm findingId={modal.findingId} staff={modal.staff} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'close' && (
        <CloseForm followUp={modal.followUp} title={title} onDone={onClose} />
      )}
    </Modal>
  )
}
