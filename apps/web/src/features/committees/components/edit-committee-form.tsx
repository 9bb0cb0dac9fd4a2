import { zodResolver } from '@hookform/resolvers/zod'
import {
  ZCommitteeUpdate,
  type TCommittee,
  type TCommitteeCreate,
} from '@cr/shared/committees/committee'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useUpdateCommittee } from '../api/update-committee'
import { CommitteeFields, committeeFieldNames } from './committee-fields'

type TProps = { committee: TCommittee; onReload: () => void; onDone: () => void }

/** The update schema; the form always shows (and sends) the required fields. */
const ZEditCommittee = ZCommitteeUpdate.required({ name: true, code: true })

const toValues = (c: TCommittee): TCommitteeCreate => ({
  name: c.name,
  code: c.code,
  address: c.address ?? '',
  phone: c.phone ?? '',
  active: c.active,
})

/** Edits the version it was given; a 412 offers to reload the record (the form then resets). */
export const EditCommitteeForm = ({ committee, onReload, onDone }: TProps) => {
  const { t } = useTranslation(['common', 'committees'])
  const form = useForm<TCommitteeCreate, unknown, z.output<typeof ZEditCommittee>>({
    resolver: zodResolver(ZEditCommittee),
    values: toValues(committee),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateCommittee()
  const submit = useSubmit({
    form,
    fields: committeeFieldNames,
    send: (data) => update.mutateAsync({ id: committee.id, version: committee.version, data }),
    done: t('messages.saved'),
    onDone,
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('committees:editTitle')}
      onCancel={onDone}
      onReload={onReload}
    >
      <CommitteeFields control={form.control} />
    </SubmitForm>
  )
}
