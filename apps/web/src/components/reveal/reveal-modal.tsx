import { Alert, Button, Input, Modal, Space } from 'antd'
import { ZRevealRequest } from '@cr/shared/residents/resident'
import { useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useRevealResident } from './reveal-resident'

export type TRevealTarget = { id: string; name: string; field: 'idNumber' | 'phone' }
type TValues = z.input<typeof ZRevealRequest>

/** Asks for the reason, then shows the value — here only, in this modal's own state. */
const RevealContent = ({
  target,
  onClose,
  onRevealed,
}: {
  target: TRevealTarget
  onClose: () => void
  onRevealed?: (value: string | null) => void
}) => {
  const { t } = useTranslation(['residents', 'common'])
  const valueId = useId()
  const reveal = useRevealResident()
  const [value, setValue] = useState<string | null | undefined>(undefined)
  const form = useForm<TValues, unknown, z.output<typeof ZRevealRequest>>({
    resolver: schemaResolver(ZRevealRequest),
    defaultValues: { field: target.field, reason: '' },
  })
  const submit = useSubmit({
    form,
    fields: ['reason'],
    send: (data) => reveal.mutateAsync({ id: target.id, ...data }),
    // Shown here only, in this modal's state; the mutation forgets it at once.
    onDone: (answer) => {
      reveal.reset()
      // A printed form shows it on the sheet instead (its own state, gone when the page is).
      if (onRevealed) return (onRevealed(answer.value), onClose())
      setValue(answer.value)
    },
  })
  const isId = target.field === 'idNumber'

  if (value !== undefined)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <label htmlFor={valueId} style={{ fontWeight: 500 }}>
          {isId ? t('reveal.valueIdNumber') : t('reveal.valuePhone')}
        </label>
        <Input
          id={valueId}
          readOnly
          value={value ?? t('reveal.none')}
          className="mono"
          autoFocus
          onFocus={(e) => e.target.select()}
        />
        <Alert type="warning" showIcon title={t('reveal.hint')} />
        <div style={{ textAlign: 'right' }}>
          <Button type="primary" onClick={onClose}>
            {t('common:actions.close')}
          </Button>
        </div>
      </Space>
    )
  return (
    <SubmitForm
      submit={submit}
      aria-label={t(isId ? 'reveal.titleIdNumber' : 'reveal.titlePhone', { name: target.name })}
      onCancel={onClose}
      submitLabel={t('reveal.submit')}
    >
      <FormField
        control={form.control}
        name="reason"
        label={t('reveal.reason')}
        required
        extra={t('reveal.reasonHelp')}
      >
        {(field, a11y) => <Input {...field} {...a11y} autoFocus maxLength={200} />}
      </FormField>
    </SubmitForm>
  )
}

/** 查看完整号码: audited, for a stated reason; the value is forgotten when the modal closes. */
export const RevealModal = ({
  target,
  onClose,
  onRevealed,
}: {
  target: TRevealTarget | null
  onClose: () => void
  /** Given: the value goes to the caller (a printed form) instead of being shown here. */
  onRevealed?: (value: string | null) => void
}) => {
  const { t } = useTranslation('residents')
  const title = target
    ? t(target.field === 'idNumber' ? 'reveal.titleIdNumber' : 'reveal.titlePhone', {
        name: target.name,
      })
    : ''
  return (
    <Modal
      open={target !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={460}
    >
      {target && <RevealContent target={target} onClose={onClose} onRevealed={onRevealed} />}
    </Modal>
  )
}
