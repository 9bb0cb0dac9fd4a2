import { zodResolver } from '@hookform/resolvers/zod'
import { App } from 'antd'
import {
  ZCommitteeUpdate,
  type TCommittee,
  type TCommitteeCreate,
} from '@cr/shared/committees/committee'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
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
  const { message } = App.useApp()
  const form = useForm<TCommitteeCreate, unknown, z.output<typeof ZEditCommittee>>({
    resolver: zodResolver(ZEditCommittee),
    values: toValues(committee),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateCommittee()
  const problem = useFormProblem(form.setError, committeeFieldNames)

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    update.mutate(
      { id: committee.id, version: committee.version, data },
      {
        onSuccess: () => {
          void message.success(t('messages.saved'))
          onDone()
        },
        onError: problem.handle,
      },
    )
  })

  const reload = () => {
    problem.clear()
    onReload()
  }

  return (
    <Form onSubmit={onSubmit} aria-label={t('committees:editTitle')}>
      {problem.problem && (
        <ProblemAlert
          error={problem.problem.error}
          otherErrors={problem.problem.otherErrors}
          onReload={reload}
        />
      )}
      <CommitteeFields control={form.control} />
      <FormActions submitting={update.isPending} onCancel={onDone} />
    </Form>
  )
}
