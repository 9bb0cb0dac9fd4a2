import { zodResolver } from '@hookform/resolvers/zod'
import { App } from 'antd'
import { ZCommitteeCreate, type TCommitteeCreate } from '@cr/shared/committees/committee'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useIdempotencyKey } from '@/hooks/use-idempotency-key'
import { useCreateCommittee } from '../api/create-committee'
import { CommitteeFields, committeeFieldNames } from './committee-fields'

export const CreateCommitteeForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation(['common', 'committees'])
  const { message } = App.useApp()
  const form = useForm<TCommitteeCreate, unknown, z.output<typeof ZCommitteeCreate>>({
    resolver: zodResolver(ZCommitteeCreate),
    defaultValues: { name: '', code: '', address: '', phone: '', active: true },
  })
  const create = useCreateCommittee()
  const keeper = useIdempotencyKey()
  const problem = useFormProblem(form.setError, committeeFieldNames)

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    create.mutate(
      { data, idempotencyKey: keeper.keyFor(data) },
      {
        onSuccess: () => {
          keeper.reset()
          void message.success(t('messages.created'))
          onDone()
        },
        onError: problem.handle,
      },
    )
  })

  return (
    <Form onSubmit={onSubmit} aria-label={t('committees:createTitle')}>
      {problem.problem && (
        <ProblemAlert error={problem.problem.error} otherErrors={problem.problem.otherErrors} />
      )}
      <CommitteeFields control={form.control} />
      <FormActions submitting={create.isPending} onCancel={onDone} />
    </Form>
  )
}
