import { PlusOutlined, UserAddOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Space } from 'antd'
import { headRelationship } from '@cr/shared/households/household'
import type { TDwelling } from '@cr/shared/places/dwelling'
import type { TRef } from '@cr/shared/common/record'
import { useState } from 'react'
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import {
  useRelationshipSexWarning,
  useResidentSexes,
} from '@/components/relationship-sex/relationship-sex-warning'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { isProblemError } from '@/lib/problem'
import { idNumberPerson } from '@/lib/id-number-person'
import { localizeSharedMessage } from '@/lib/zod-errors'
import { toLabelLanguage } from '@/lib/language'
import { useRegisterHousehold } from '../api/register-household'
import {
  ZRegisterForm,
  emptyRegisterValues,
  emptyRow,
  registerFieldNames,
  type TRegisterValues,
} from '../utils/register-household-values'
import { RegisterMemberRow } from './register-member-row'

const RegisterForm = ({
  dwelling,
  title,
  onDone,
}: {
  dwelling: TDwelling
  title: string
  onDone: () => void
}) => {
  const { t, i18n } = useTranslation(['places', 'common'])
  const form = useForm<TRegisterValues, unknown, z.output<typeof ZRegisterForm>>({
    resolver: schemaResolver(ZRegisterForm),
    defaultValues: emptyRegisterValues(),
  })
  const { fields, append, remove, update } = useFieldArray({
    control: form.control,
    name: 'members',
  })
  const rows = useWatch({ control: form.control, name: 'members' })
  const picked = rows.map((r) => (r.kind === 'resident' ? r.residentId : undefined))
  const sexes = useResidentSexes(picked)
  const register = useRegisterHousehold()
  const sexWarning = useRelationshipSexWarning()
  // A new person whose number is registered already (409 at `members.<i>.idNumber`): the row
  // offers to take that resident instead.
  const [existing, setExisting] = useState<{ row: number; resident: TRef } | null>(null)
  const [known, setKnown] = useState<TRef[]>([])

  /** The rows whose relationship contradicts the person's sex, as the warnings say it. */
  const warnings = () =>
    form.getValues('members').flatMap((r, i) => {
      const sex =
        r.kind === 'new'
          ? idNumberPerson(r.idNumber)?.sex
          : r.residentId
            ? sexes.get(r.residentId)
            : undefined
      const text = sexWarning.text(r.relationship, sex)
      return text ? [t('register.rowWarning', { n: i + 1, text })] : []
    })
  const submit = useSubmit({
    form,
    fields: registerFieldNames(rows) as Path<TRegisterValues>[],
    confirm: () => sexWarning.confirm(warnings()),
    send: (values, idempotencyKey) =>
      register.mutateAsync({ data: { ...values, dwellingId: dwelling.id }, idempotencyKey }),
    done: (h) => t('register.done', { count: h.members.length }),
    onDone,
    onError: (error) => {
      const found = isProblemError(error) ? error.existing : undefined
      const row = isProblemError(error)
        ? error.errors.map((e) => /^members\.(\d+)\.idNumber$/.exec(e.path)).find(Boolean)
        : null
      setExisting(
        found?.type === 'resident' && row
          ? { row: Number(row[1]), resident: { id: found.id, name: found.label } }
          : null,
      )
    },
  })
  const takeExisting = (i: number, resident: TRef) => {
    setKnown((list) => [...list, resident])
    update(i, {
      ...emptyRow('resident', form.getValues(`members.${i}.relationship`)),
      residentId: resident.id,
    })
    setExisting(null)
  }
  const membersError = form.formState.errors.members
  const listMessage = membersError?.root?.message ?? membersError?.message
  const addRow = (kind: 'resident' | 'new') =>
    append(emptyRow(kind, rows.length === 0 ? headRelationship : null), {
      focusName: kind === 'new' ? `members.${rows.length}.name` : undefined,
    })

  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <p className="fieldset-hint">{t('register.hint')}</p>
      <fieldset className="plain-fieldset">
        <legend>{t('register.members')}</legend>
        {listMessage && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={localizeSharedMessage(listMessage, toLabelLanguage(i18n.language))}
            style={{ marginBottom: 12 }}
          />
        )}
        {fields.map((item, i) => (
          <RegisterMemberRow
            key={item.id}
            control={form.control}
            index={i}
            committeeId={dwelling.committee.id}
            taken={picked.filter((id): id is string => !!id)}
            residentSex={rows[i]?.residentId ? sexes.get(rows[i].residentId) : undefined}
            onKind={(kind) =>
              update(i, { ...emptyRow(kind, form.getValues(`members.${i}.relationship`)) })
            }
            existing={existing?.row === i ? existing.resident : undefined}
            onUseExisting={(resident) => takeExisting(i, resident)}
            known={known}
            onRemove={fields.length > 1 ? () => remove(i) : undefined}
          />
        ))}
        <Space wrap style={{ marginBottom: 16 }}>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => addRow('resident')}>
            {t('register.addResident')}
          </Button>
          <Button icon={<UserAddOutlined aria-hidden />} onClick={() => addRow('new')}>
            {t('register.addNew')}
          </Button>
        </Space>
      </fieldset>
      <FormField
        control={form.control}
        name="movedInOn"
        label={t('register.date')}
        extra={t('register.dateHelp')}
      >
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
    </SubmitForm>
  )
}

/**
 * 登记住户 from a dwelling, in one dialog: the household with every member — residents found by
 * search, new people typed in and registered with it —, the head among them. Saved in one
 * request, all or nothing. Scrolls inside at 1366×768; full screen on a phone.
 */
export const RegisterHouseholdModal = ({
  dwelling,
  onClose,
}: {
  dwelling: TDwelling | null
  onClose: () => void
}) => {
  const { t } = useTranslation('places')
  const title = dwelling ? t('register.title', { address: dwelling.address }) : ''
  return (
    <Modal
      open={dwelling !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={1080}
      style={{ top: 24 }}
      className="register-household-modal"
      mask={{ closable: false }}
    >
      {dwelling && <RegisterForm dwelling={dwelling} title={title} onDone={onClose} />}
    </Modal>
  )
}
