import { Card, Checkbox, Col, Input, Row, Select, Typography } from 'antd'
import { useNavigate } from '@tanstack/react-router'
import { weatherLabels } from '@cr/shared/patrol/patrol-codes'
import { ZPatrolLogCreate, type TPatrolLog } from '@cr/shared/patrol/patrol-log'
import { todayInChina } from '@cr/shared/party/calendar'
import { endsNextDay, isClock } from '@cr/shared/patrol/patrol-time'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageLoading } from '@/components/ui/page-loading'
import { paths, recordPaths } from '@/config/paths'
import { useCreatePatrolLog, usePatrolLog, useUpdatePatrolLog } from '../api/patrol-logs'
import { usePatrolRouteOptions, usePatrolTeamOptions } from '../api/patrol-lookups'
import { IncidentFields, QuestioningFields } from './patrol-log-findings-fields'
import {
  emptyLogValues,
  logValuesOf,
  personKey,
  toLogInput,
  type TLogValues,
} from './patrol-log-form-values'

const schema = z.preprocess((raw) => toLogInput(raw as TLogValues), ZPatrolLogCreate)

/**
 * The office's patrol log form — a clerk entering a night from the paper register: when, which
 * team and who of it went (the leader among them), the route, weather, incidents, 盘查 and the
 * handover note. Checked by the shared ZPatrolLogCreate; what was typed is sent as typed.
 * Editing corrects the header and the handover note (findings carry photos and follow-ups).
 */
export const LogForm = ({ log, onDone }: { log?: TPatrolLog; onDone?: () => void }) => {
  const { t } = useTranslation('patrol')
  const navigate = useNavigate()
  const form = useForm<TLogValues, unknown, z.output<typeof ZPatrolLogCreate>>({
    resolver: schemaResolver(schema),
    defaultValues: log ? logValuesOf(log) : emptyLogValues(todayInChina()),
  })
  const [teamId, members, start, end] = useWatch({
    control: form.control,
    name: ['teamId', 'members', 'start', 'end'],
  })
  const teams = usePatrolTeamOptions()
  const team = teams.data?.items.find((x) => x.id === teamId)
  const routes = usePatrolRouteOptions(team?.committee.id)
  const current = (team?.members ?? []).filter((m) => m.current)
  const people = current.map((m) => ({
    key: personKey(
      m.resident ? { kind: 'resident', id: m.resident.id } : { kind: 'user', id: m.user!.id },
    ),
    name: m.name,
    leader: m.leader,
  }))
  const create = useCreatePatrolLog()
  const update = useUpdatePatrolLog()
  const submit = useSubmit({
    form,
    fields: [
      'date',
      'start',
      'end',
      'teamId',
      'members',
      'leader',
      'routeId',
      'weather',
      'handoverNote',
    ],
    send: (_data, idempotencyKey) => {
      const input = toLogInput(form.getValues())
      if (!log) return create.mutateAsync({ data: input, idempotencyKey })
      const { incidents: _i, questionings: _q, ...header } = input
      return update.mutateAsync({ id: log.id, version: log.version, data: header })
    },
    done: log ? t('logForm.saved') : t('logForm.created'),
    onDone: (saved) =>
      onDone ? onDone() : void navigate({ to: recordPaths.patrolLog, params: { logId: saved.id } }),
  })
  const nextDay = isClock(start) && isClock(end) && endsNextDay({ start, end })
  const onTeam = (id: string | undefined) => {
    form.setValue('teamId', id)
    const chosen = teams.data?.items.find((x) => x.id === id)
    const everyone = (chosen?.members ?? []).filter((m) => m.current)
    // The whole team is ticked, the team's leader leads: the clerk unticks who stayed home.
    form.setValue(
      'members',
      everyone.map((m) =>
        personKey(
          m.resident ? { kind: 'resident', id: m.resident.id } : { kind: 'user', id: m.user!.id },
        ),
      ),
    )
    const leader = everyone.find((m) => m.leader)
    form.setValue(
      'leader',
      leader
        ? personKey(
            leader.resident
              ? { kind: 'resident', id: leader.resident.id }
              : { kind: 'user', id: leader.user!.id },
          )
        : undefined,
    )
    form.setValue('routeId', undefined)
  }
  const cancel = () =>
    onDone
      ? onDone()
      : void navigate(
          log ? { to: recordPaths.patrolLog, params: { logId: log.id } } : { to: paths.patrolLogs },
        )
  return (
    <SubmitForm
      submit={submit}
      aria-label={log ? t('logs.editTitle') : t('logs.createTitle')}
      onCancel={cancel}
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <FormField control={form.control} name="date" label={t('logForm.date')} required>
              {({ value, onChange }, a11y) => (
                <DateInput {...a11y} value={value} onChange={onChange} />
              )}
            </FormField>
          </Col>
          <Col xs={12} sm={8}>
            <FormField control={form.control} name="start" label={t('logForm.start')} required>
              {(field, a11y) => <Input {...field} {...a11y} placeholder="20:00" maxLength={10} />}
            </FormField>
          </Col>
          <Col xs={12} sm={8}>
            <FormField
              control={form.control}
              name="end"
              label={t('logForm.end')}
              extra={nextDay ? t('logForm.endsNextDay', { end }) : t('logForm.endHint')}
            >
              {(field, a11y) => <Input {...field} {...a11y} placeholder="02:00" maxLength={10} />}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="teamId" label={t('logForm.team')} required>
              {({ value }, a11y) => (
                <Select
                  {...a11y}
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={teams.isFetching}
                  value={value}
                  onChange={onTeam}
                  disabled={Boolean(log)}
                  options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
                  style={{ width: '100%' }}
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="routeId" label={t('logForm.route')}>
              {({ value, onChange }, a11y) => (
                <Select
                  {...a11y}
                  allowClear
                  value={value}
                  onChange={onChange}
                  disabled={!team}
                  options={(routes.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
                  style={{ width: '100%' }}
                />
              )}
            </FormField>
          </Col>
          <Col xs={24}>
            <FormField
              control={form.control}
              name="members"
              label={t('logForm.members')}
              required
              extra={
                team && people.length === 0 ? t('logForm.noMembers') : t('logForm.membersHint')
              }
            >
              {({ value, onChange }, a11y) => (
                <Checkbox.Group
                  {...a11y}
                  value={value}
                  onChange={(next) => onChange(next)}
                  options={people.map((p) => ({ value: p.key, label: p.name }))}
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="leader" label={t('logForm.leader')} required>
              {({ value, onChange }, a11y) => (
                <Select
                  {...a11y}
                  value={value}
                  onChange={onChange}
                  options={people
                    .filter((p) => members.includes(p.key))
                    .map((p) => ({ value: p.key, label: p.name }))}
                  style={{ width: '100%' }}
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} sm={12}>
            <FormField control={form.control} name="weather" label={t('logForm.weather')}>
              {({ value, onChange }, a11y) => (
                <LabelSelect
                  {...a11y}
                  allowClear
                  labels={weatherLabels}
                  value={value}
                  onChange={onChange}
                />
              )}
            </FormField>
          </Col>
        </Row>
      </Card>
      {!log && (
        <>
          <IncidentFields control={form.control} />
          <QuestioningFields control={form.control} committeeId={team?.committee.id} />
        </>
      )}
      <FormField control={form.control} name="handoverNote" label={t('logForm.handover')}>
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={3} maxLength={1000} />}
      </FormField>
    </SubmitForm>
  )
}

/** 新增巡逻记录, or a log's correction when `logId` is given. */
export const PatrolLogFormPage = ({ logId }: { logId?: string }) => {
  const { t } = useTranslation('patrol')
  const query = usePatrolLog(logId)
  const title = logId ? t('logs.editTitle') : t('logs.createTitle')
  return (
    <>
      <PageBreadcrumb parent={paths.patrolLogs} current={title} />
      <Typography.Title level={3}>{title}</Typography.Title>
      {!logId ? (
        <LogForm />
      ) : query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : (
        <LogForm log={query.data} />
      )}
    </>
  )
}
