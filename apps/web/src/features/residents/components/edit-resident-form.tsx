import { Input } from 'antd'
import { ZResidentUpdate, type TResident } from '@cr/shared/residents/resident'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useUpdateResident } from '../api/update-resident'
import { ResidentDetailFields } from './resident-detail-fields'
import {
  residentFieldNames,
  toResidentFormValues,
  type TResidentFormValues,
} from './resident-form-values'
import { ResidentIdentityFields } from './resident-identity-fields'

type TProps = { resident: TResident; onReload: () => void; onDone: () => void }

/**
 * Edits the version it was given; a 412 offers to reload. The ID number (and with it sex and
 * birth date) is shown masked and cannot be changed; a blank phone keeps the current one.
 */
export const EditResidentForm = ({ resident, onReload, onDone }: TProps) => {
  const { t } = useTranslation(['common', 'residents'])
  const form = useForm<TResidentFormValues, unknown, z.output<typeof ZResidentUpdate>>({
    resolver: schemaResolver(ZResidentUpdate),
    values: toResidentFormValues(resident),
    resetOptions: { keepDirtyValues: false },
  })
  const update = useUpdateResident()
  const submit = useSubmit({
    form,
    fields: residentFieldNames,
    send: ({ phone, ...rest }) =>
      update.mutateAsync({
        id: resident.id,
        version: resident.version,
        data: form.getValues('phone').trim() ? { ...rest, phone } : rest,
      }),
    done: t('messages.saved'),
    onDone,
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('residents:editTitle', { name: resident.name })}
      onCancel={onDone}
      onReload={onReload}
    >
      <ResidentIdentityFields
        control={form.control}
        phoneMasked={resident.phoneMasked}
        idNumberField={
          <FormField
            control={form.control}
            name="idNumber"
            label={t('residents:fields.idNumber')}
            extra={t('residents:help.idNumberFixed')}
          >
            {({ value, ref }, a11y) => (
              <Input {...a11y} ref={ref} value={value} readOnly variant="filled" className="mono" />
            )}
          </FormField>
        }
      />
      <ResidentDetailFields control={form.control} />
    </SubmitForm>
  )
}
