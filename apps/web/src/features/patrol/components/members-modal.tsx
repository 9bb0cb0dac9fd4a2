import { Alert, Button, Checkbox, Col, Modal, Row, Space, Table, Tag } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  ZPatrolMemberJoin,
  type TPatrolTeam,
  type TPatrolTeamMember,
} from '@cr/shared/patrol/patrol-team'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { feedback } from '@/lib/feedback'
import { useJoinPatrolTeam, useLeavePatrolTeam } from '../api/patrol-teams'

type TJoinValues = { residentId: string | undefined; leader: boolean; joinedOn: string | null }

/** 入队: a resident of the registry joins on a day, perhaps as the 带班人. */
const JoinForm = ({ team }: { team: TPatrolTeam }) => {
  const { t } = useTranslation('patrol')
  const form = useForm<TJoinValues, unknown, z.output<typeof ZPatrolMemberJoin>>({
    resolver: schemaResolver(ZPatrolMemberJoin),
    defaultValues: { residentId: undefined, leader: false, joinedOn: todayInChina() },
  })
  const join = useJoinPatrolTeam()
  const submit = useSubmit({
    form,
    fields: ['residentId', 'leader', 'joinedOn'],
    send: (data, idempotencyKey) =>
      join.mutateAsync({ id: team.id, version: team.version, data, idempotencyKey }),
    done: t('members.joined'),
    onDone: () => form.reset({ residentId: undefined, leader: false, joinedOn: todayInChina() }),
  })
  return (
    <SubmitForm submit={submit} aria-label={t('members.joinTitle')} submitLabel={t('members.join')}>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <FormField
            control={form.control}
            name="residentId"
            label={t('members.residentId')}
            required
          >
            {({ value, onChange, onBlur }, a11y) => (
              <ResidentPicker {...a11y} value={value} onChange={onChange} onBlur={onBlur} />
            )}
          </FormField>
        </Col>
        <Col xs={12} md={7}>
          <FormField control={form.control} name="joinedOn" label={t('members.joinedOn')} required>
            {({ value, onChange }, a11y) => (
              <DateInput {...a11y} value={value} onChange={onChange} />
            )}
          </FormField>
        </Col>
        <Col xs={12} md={5}>
          <FormField control={form.control} name="leader" label={t('teams.leader')}>
            {({ value, onChange }, a11y) => (
              <Checkbox {...a11y} checked={value} onChange={(e) => onChange(e.target.checked)}>
                {t('members.leader')}
              </Checkbox>
            )}
          </FormField>
        </Col>
      </Row>
    </SubmitForm>
  )
}

/** The team's members — current first, then those who left — with 离队 and the join form. */
export const MembersModal = ({
  team,
  onClose,
}: {
  team: TPatrolTeam | undefined
  onClose: () => void
}) => {
  const { t } = useTranslation('patrol')
  const { t: tc } = useTranslation()
  const leave = useLeavePatrolTeam()
  const columns = [
    {
      title: t('members.name'),
      dataIndex: 'name',
      render: (name: string, m: TPatrolTeamMember) => (
        <Space size={4} wrap>
          {name}
          {m.leader && m.current && <Tag color="blue">{t('teams.leader')}</Tag>}
          {m.user && <Tag>{t('members.staff')}</Tag>}
        </Space>
      ),
    },
    { title: t('members.joinedOn'), dataIndex: 'joinedOn' },
    {
      title: t('members.leftOn'),
      dataIndex: 'leftOn',
      render: (leftOn: string | null) => leftOn ?? <Tag color="green">{t('members.current')}</Tag>,
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, m: TPatrolTeamMember) =>
        m.current &&
        team && (
          <ConfirmButton
            label={t('members.leave')}
            aria-label={`${t('members.leave')} ${m.name}`}
            title={t('members.leaveConfirm', { name: m.name })}
            loading={leave.isPending}
            onConfirm={() =>
              leave.mutate(
                {
                  id: team.id,
                  memberId: m.id,
                  version: team.version,
                  data: { leftOn: todayInChina() },
                },
                { onSuccess: () => feedback.success(t('members.left')) },
              )
            }
          />
        ),
    },
  ]
  return (
    <Modal
      open={team !== undefined}
      title={team ? t('members.title', { name: team.name }) : ''}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{tc('actions.close')}</Button>}
      destroyOnHidden
      width={720}
    >
      {team && (
        <>
          {team.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('teams.tooSmall')}
              style={{ marginBottom: 12 }}
            />
          )}
          {leave.isError && <ProblemAlert error={leave.error} />}
          <Table
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={team.members}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('members.empty') }}
            style={{ marginBottom: 16 }}
          />
          <JoinForm key={team.version} team={team} />
        </>
      )}
    </Modal>
  )
}
