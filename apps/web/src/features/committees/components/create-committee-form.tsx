import { zodResolver } from '@hookform/resolvers/zod'
import { ZCommitteeCreate, type TCommitteeCreate } from '@cr/shared/committees/committee'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useCreateCommittee } from '../api/create-committee'
import { CommitteeFields, committeeFieldNames } from './committee-fields'

export const CreateCommitteeForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation(['common', 'committees'])
  const form = useForm<TCommitteeCreate, unknown, z.output<typeof ZCommitteeCreate>>({
    resolver: zodResolver(ZCommitteeCreate),
    defaultValues: { name: '', code: '', address: '', phone: '', active: true },
  })
  const create = useCreateCommittee()
  const submit = useSubmit({
    form,
    fields: committeeFieldNames,
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('messages.created'),
    onDone,
  })

  return (
    <SubmitForm submit={submit} aria-label={t('committees:createTitle')} onCancel={onDone}>
      <CommitteeFields control={form.control} />
    </SubmitForm>
  )
}
