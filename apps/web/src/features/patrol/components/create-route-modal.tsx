import { Input, Modal } from 'antd'
import { ZPatrolRouteCreate } from '@cr/shared/patrol/patrol-route'
import { useNavigate } from '@tanstack/react-router'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ScopeCommitteeSelect } from '@/components/committee-select/scope-committee-select'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useCreatePatrolRoute } from '../api/patrol-routes'

type TValues = { committeeId: string | undefined; name: string; notes: string }

/** 新建路线: its committee and name; the checkpoints are edited on the route's page it opens. */
const CreateRouteForm = ({ title, onDone }: { title: string; onDone: () => void }) => {
  const { t } = useTranslation('patrol')
  const navigate = useNavigate()
  const form = useForm<TValues, unknown, z.output<typeof ZPatrolRouteCreate>>({
    resolver: schemaResolver(
      z.preprocess((raw) => {
        const v = raw as TValues
        return { ...v, notes: v.notes.trim() || null, checkpoints: [] }
      }, ZPatrolRouteCreate),
    ),
    defaultValues: { committeeId: undefined, name: '', notes: '' },
  })
  const create = useCreatePatrolRoute()
  const submit = useSubmit({
    form,
    fields: ['committeeId', 'name', 'notes'],
    send: (data, idempotencyKey) => create.mutateAsync({ data, idempotencyKey }),
    done: t('routes.created'),
    onDone: (route) => {
      onDone()
      void navigate({ to: '/patrol-routes/$routeId', params: { routeId: route.id } })
    },
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField control={form.control} name="committeeId" label={t('routes.committee')} required>
        {({ value, onChange }, a11y) => (
          <ScopeCommitteeSelect {...a11y} value={value} onChange={onChange} />
        )}
      </FormField>
      <FormField control={form.control} name="name" label={t('routes.name')} required>
        {(field, a11y) => <Input {...field} {...a11y} maxLength={50} />}
      </FormField>
      <FormField control={form.control} name="notes" label={t('routes.notes')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={1000} />}
      </FormField>
    </SubmitForm>
  )
}

export const CreateRouteModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation('patrol')
  const title = t('routes.createTitle')
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={560}
      mask={{ closable: false }}
    >
      {open && <CreateRouteForm title={title} onDone={onClose} />}
    </Modal>
  )
}
