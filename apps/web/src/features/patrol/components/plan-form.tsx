import { Checkbox, Col, DatePicker, Input, Modal, Radio, Row, Select } from 'antd'
import dayjs from '@/lib/dayjs'
import { ZPatrolPlanCreate, type TPatrolPlan } from '@cr/shared/patrol/patrol-plan'
import { weekdayLabels } from '@cr/shared/patrol/patrol-roster'
import { endsNextDay, isClock } from '@cr/shared/patrol/patrol-time'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useCreatePatrolPlan, useUpdatePatrolPlan } from '../api/patrol-plans'
import { usePatrolRoutes } from '../api/patrol-routes'
import { usePatrolTeams } from '../api/patrol-teams'

type TDaysKind = 'every_day' | 'weekdays' | 'dates'
type TValues = {
  teamId: string | undefined
  routeId: string | null
  days: { kind: TDaysKind; weekdays: number[]; dates: string[] }
  start: string
  end: string
  from: string | null
  to: string | null
  note: string
}

const weekdays = [1, 2, 3, 4, 5, 6, 7]

/** The plan's days as the contract takes them: only the chosen kind's list is sent. */
const toDays = (d: TValues['days']) =>
  d.kind === 'weekdays'
    ? { kind: d.kind, weekdays: d.weekdays }
    : d.kind === 'dates'
      ? { kind: d.kind, dates: d.dates }
      : { kind: d.kind }

/** 新建 or 编辑 a plan: team, route, days, a window (次日 when the end is at or before the start). */
const PlanForm = ({
  plan,
  title,
  onDone,
}: {
  plan: TPatrolPlan | undefined
  title: string
  onDone: () => void
}) => {
  const { t, i18n } = useTranslation('patrol')
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh'
  const form = useForm<TValues, unknown, z.output<typeof ZPatrolPlanCreate>>({
    resolver: schemaResolver(
      z.preprocess((raw) => {
        const v = raw as TValues
        return { ...v, days: toDays(v.days), note: v.note.trim() || null }
      }, ZPatrolPlanCreate),
    ),
    defaultValues: {
      teamId: plan?.team.id,
      routeId: plan?.route?.id ?? null,
      days: {
        kind: plan?.days.kind ?? 'weekdays',
        weekdays: plan?.days.kind === 'weekdays' ? plan.days.weekdays : [1, 2, 3, 4, 5],
        dates: plan?.days.kind === 'dates' ? plan.days.dates : [],
      },
      start: plan?.start ?? '20:00',
      end: plan?.end ?? '02:00',
      from: plan?.from ?? null,
      to: plan?.to ?? null,
      note: plan?.note ?? '',
    },
  })
  const teams = usePatrolTeams({ page: 1, size: 100 })
  const teamId = useWatch({ control: form.control, name: 'teamId' })
  const committeeId = teams.data?.items.find((x) => x.id === teamId)?.committee.id
  const routes = usePatrolRoutes({ committeeId, page: 1, size: 100 })
  const [kind, start, end] = useWatch({
    control: form.control,
    name: ['days.kind', 'start', 'end'],
  })
  const nextDay = isClock(start) && isClock(end) && endsNextDay({ start, end })
  const create = useCreatePatrolPlan()
  const update = useUpdatePatrolPlan()
  const submit = useSubmit({
    form,
    fields: [
      'teamId',
      'routeId',
      'days.kind',
      'days.weekdays',
      'days.dates',
      'start',
      'end',
      'from',
      'to',
      'note',
    ],
    send: (data, idempotencyKey) =>
      plan
        ? update.mutateAsync({ id: plan.id, version: plan.version, data })
        : create.mutateAsync({ data, idempotencyKey }),
    done: plan ? t('plans.saved') : t('plans.created'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="teamId" label={t('plans.team')} required>
            {({ value, onChange }, a11y) => (
              <Select
                {...a11y}
                value={value}
                onChange={(id) => (onChange(id), form.setValue('routeId', null))}
                loading={teams.isFetching}
                options={(teams.data?.items ?? []).map((x) => ({
                  value: x.id,
                  label: `${x.name}（${x.committee.name}）`,
                }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={12}>
          <FormField control={form.control} name="routeId" label={t('plans.route')}>
            {({ value, onChange }, a11y) => (
              <Select
                {...a11y}
                value={value ?? undefined}
                onChange={(id) => onChange(id ?? null)}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('plans.noRoute')}
                disabled={!committeeId}
                loading={routes.isFetching}
                options={(committeeId ? (routes.data?.items ?? []) : []).map((r) => ({
                  value: r.id,
                  label: r.name,
                }))}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24}>
          <FormField control={form.control} name="days.kind" label={t('plans.days')} required>
            {({ value, onChange }, a11y) => (
              <Radio.Group
                {...a11y}
                value={value}
                onChange={(e) => onChange(e.target.value)}
                options={[
                  { value: 'every_day', label: t('plans.everyDay') },
                  { value: 'weekdays', label: t('plans.weekdays') },
                  { value: 'dates', label: t('plans.dates') },
                ]}
              />
            )}
          </FormField>
        </Col>
        {kind === 'weekdays' && (
          <Col xs={24}>
            <FormField control={form.control} name="days.weekdays" label={t('plans.weekdays')}>
              {({ value, onChange }, a11y) => (
                <Checkbox.Group
                  {...a11y}
                  value={value}
                  onChange={(days) => onChange([...days].sort())}
                  options={weekdays.map((d) => ({ value: d, label: weekdayLabels[d]![lang] }))}
                />
              )}
            </FormField>
          </Col>
        )}
        {kind === 'dates' && (
          <Col xs={24}>
            <FormField control={form.control} name="days.dates" label={t('plans.dates')}>
              {({ value, onChange }, a11y) => (
                <DatePicker
                  {...a11y}
                  multiple
                  value={value.map((d) => dayjs(d))}
                  onChange={(days) =>
                    onChange((days ?? []).map((d: dayjs.Dayjs) => d.format('YYYY-MM-DD')).sort())
                  }
                  format="YYYY-MM-DD"
                  placeholder={t('plans.datesPlaceholder')}
                  style={{ width: '100%' }}
                />
              )}
            </FormField>
          </Col>
        )}
        <Col xs={12} md={6}>
          <FormField control={form.control} name="start" label={t('plans.start')} required>
            {(field, a11y) => <Input {...field} {...a11y} placeholder="20:00" maxLength={10} />}
          </FormField>
        </Col>
        <Col xs={12} md={6}>
          <FormField
            control={form.control}
            name="end"
            label={t('plans.end')}
            required
            extra={nextDay ? t('plans.nextDay', { time: end }) : undefined}
          >
            {(field, a11y) => <Input {...field} {...a11y} placeholder="02:00" maxLength={10} />}
          </FormField>
        </Col>
        <Col xs={12} md={6}>
          <FormField control={form.control} name="from" label={t('plans.from')} required>
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={12} md={6}>
          <FormField
            control={form.control}
            name="to"
            label={t('plans.to')}
            extra={t('plans.toHelp')}
          >
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={24}>
          <FormField control={form.control} name="note" label={t('plans.note')}>
            {(field, a11y) => <Input {...field} {...a11y} maxLength={200} />}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

export const PlanFormModal = ({
  open,
  plan,
  onClose,
}: {
  open: boolean
  plan: TPatrolPlan | undefined
  onClose: () => void
}) => {
  const { t } = useTranslation('patrol')
  const title = plan ? t('plans.editTitle') : t('plans.createTitle')
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={680}
      mask={{ closable: false }}
    >
      {open && <PlanForm plan={plan} title={title} onDone={onClose} />}
    </Modal>
  )
}
