import {
  EditOutlined,
  EnvironmentOutlined,
  LogoutOutlined,
  PrinterOutlined,
  SolutionOutlined,
} from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Alert, Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag } from 'antd'
import { sexTable } from '@cr/shared/code-tables/sex'
import { lodgingKindLabels, residenceReasonLabels } from '@cr/shared/rentals/rental-codes'
import type {
  TTemporaryResident,
  TTemporaryResidentEvent,
} from '@cr/shared/rentals/temporary-resident'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { MaskedValue } from '@/components/reveal/masked-value'
import type { TRevealTarget } from '@/components/reveal/reveal-modal'
import { ButtonLink } from '@/components/ui/button-link'
import { HistoryCard, type THistoryEntry } from '@/components/ui/history-card'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { usePerson } from '../api/get-person'
import { useTemporaryResident } from '../api/get-temporary-resident'
import { useTemporaryResidentEvents } from '../api/get-temporary-resident-events'
import type { TResidentStep } from './temporary-resident-step-forms'
import { TimelinessTag } from './timeliness-tag'

const StepModal = lazyOnIdle(() =>
  import('./temporary-resident-step-forms').then((m) => m.TemporaryResidentStepModal),
)
const RevealModal = lazyOnIdle(() =>
  import('@/components/reveal/reveal-modal').then((m) => m.RevealModal),
)

const endorsementColors = { ok: 'green', due_soon: 'orange', overdue: 'red' } as const
const eventColors = { moved_in: 'blue', registered: 'green', moved: 'gray', left: 'red' } as const

const card = (title: string) => <h2 className="card-title">{title}</h2>

/** 人员: name (the registry's page), ID number and phone masked with the audited reveal, 户籍地. */
const PersonCard = ({
  resident: r,
  onReveal,
}: {
  resident: TTemporaryResident
  onReveal: (target: TRevealTarget) => void
}) => {
  const { t } = useTranslation(['rentals', 'residents'])
  const canReveal = useCan('resident:reveal')
  const person = usePerson(r.person.id)
  const reveal = (field: TRevealTarget['field']) => () =>
    onReveal({ id: r.person.id, name: r.person.name, field })
  const p = person.data
  return (
    <section aria-label={t('tr.person')}>
      <Card size="small" title={card(t('tr.person'))}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'name',
              label: t('temporary.name'),
              children: (
                <Link to={recordPaths.resident} params={{ residentId: r.person.id }}>
                  {r.person.name}
                </Link>
              ),
            },
            {
              key: 'idNumber',
              label: t('temporary.idNumber'),
              children: (
                <MaskedValue
                  masked={r.person.idNumberMasked}
                  revealLabel={canReveal ? t('residents:reveal.idNumber') : undefined}
                  onReveal={reveal('idNumber')}
                />
              ),
            },
            {
              key: 'sex',
              label: t('desk.sex'),
              children: p ? (sexTable.nameOf(p.sex) ?? p.sex) : '—',
            },
            { key: 'birthDate', label: t('desk.birthDate'), children: p?.birthDate ?? '—' },
            {
              key: 'phone',
              label: t('desk.phone'),
              children: (
                <MaskedValue
                  masked={r.person.phoneMasked}
                  revealLabel={canReveal ? t('residents:reveal.phone') : undefined}
                  onReveal={reveal('phone')}
                />
              ),
            },
            {
              key: 'householdRegion',
              label: t('temporary.householdRegion'),
              children: r.householdRegion ?? '—',
            },
          ]}
        />
      </Card>
    </section>
  )
}

/** 暂住情况: where (the rented dwelling's page when it is one), since when, why, employer, contract. */
const StayCard = ({ resident: r }: { resident: TTemporaryResident }) => {
  const { t, i18n } = useTranslation('rentals')
  const lang = i18n.language
  return (
    <section aria-label={t('tr.stay')}>
      <Card size="small" title={card(t('tr.stay'))}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'dwelling',
              label: t('temporary.lodging'),
              span: { xs: 1, md: 2 },
              children: (
                <Space size={8} wrap>
                  {r.property ? (
                    <Link to={recordPaths.rentalProperty} params={{ propertyId: r.property.id }}>
                      {r.dwelling.name}
                    </Link>
                  ) : (
                    r.dwelling.name
                  )}
                  <Tag>{pickLabel(lodgingKindLabels[r.lodging], lang)}</Tag>
                </Space>
              ),
            },
            { key: 'movedInOn', label: t('temporary.movedInOn'), children: r.movedInOn },
            {
              key: 'reason',
              label: t('temporary.reason'),
              children: pickLabel(residenceReasonLabels[r.reason], lang),
            },
            { key: 'employer', label: t('desk.employer'), children: r.employer ?? '—' },
            {
              key: 'contract',
              label: t('tr.contract'),
              children: r.contract ? (
                <Link to={recordPaths.rentalContractPrint} params={{ contractId: r.contract.id }}>
                  <span className="mono">{r.contract.name}</span>
                </Link>
              ) : (
                t('values.none')
              ),
            },
            { key: 'committee', label: t('fields.committee'), children: r.committee.name },
            ...(r.notes ? [{ key: 'notes', label: t('fields.notes'), children: r.notes }] : []),
          ]}
        />
      </Card>
    </section>
  )
}

/** 申报: declared on (or not yet) against the 3-working-day deadline; late shown as 逾期. */
const RegistrationCard = ({ resident: r }: { resident: TTemporaryResident }) => {
  const { t } = useTranslation('rentals')
  return (
    <section aria-label={t('tr.registration')}>
      <Card size="small" title={card(t('tr.registration'))}>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'deadline',
              label: t('tr.deadline'),
              children: (
                <Space size={8} wrap>
                  {r.deadline}
                  {r.deadlineProvisional && (
                    <span className="text-secondary">{t('tr.provisional')}</span>
                  )}
                </Space>
              ),
            },
            {
              key: 'declaredOn',
              label: t('temporary.declaredOn'),
              children: r.declaredOn ?? t('tr.notDeclared'),
            },
            {
              key: 'timeliness',
              label: t('temporary.timeliness'),
              children: <TimelinessTag resident={r} />,
            },
          ]}
        />
      </Card>
    </section>
  )
}

/** 居住证: card number, issue date, the yearly 签注 due date and whether it is near or past. */
const PermitCard = ({ resident: r }: { resident: TTemporaryResident }) => {
  const { t } = useTranslation('rentals')
  const permit = r.permit
  return (
    <section aria-label={t('temporary.permit')}>
      <Card size="small" title={card(t('temporary.permit'))}>
        {!permit ? (
          <p className="text-secondary" style={{ margin: 0 }}>
            {t('tr.noPermit')}
          </p>
        ) : (
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'number',
                label: t('tr.permitNumber'),
                children: <span className="mono">{permit.number}</span>,
              },
              { key: 'issuedOn', label: t('tr.permitIssuedOn'), children: permit.issuedOn },
              {
                key: 'lastEndorsedOn',
                label: t('tr.permitLastEndorsedOn'),
                children: permit.lastEndorsedOn ?? '—',
              },
              {
                key: 'due',
                label: t('tr.permitDueOn'),
                children: (
                  <Space size={8} wrap>
                    {permit.endorsementDueOn}
                    <Tag color={endorsementColors[permit.endorsementState]}>
                      {t(`endorsement.${permit.endorsementState}`)}
                    </Tag>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
    </section>
  )
}

/** 登记记录: the dated steps, newest first. */
const ResidentHistory = ({ residentId }: { residentId: string }) => {
  const { t } = useTranslation('rentals')
  const query = useTemporaryResidentEvents(residentId)
  const describe = (e: TTemporaryResidentEvent) => {
    const what = t(`tr.event.${e.type}`)
    const where =
      e.type === 'moved'
        ? t('tr.eventMove', { from: e.from?.name ?? '—', to: e.to?.name ?? '—' })
        : e.type === 'moved_in'
          ? (e.to?.name ?? '')
          : ''
    return (
      <div>
        <strong>{what}</strong>
        {where && <div>{where}</div>}
        {e.note && <div className="text-secondary">{e.note}</div>}
        {e.recordedBy && (
          <div className="text-secondary" style={{ fontSize: 12 }}>
            {t('tr.recordedBy', { name: e.recordedBy })}
          </div>
        )}
      </div>
    )
  }
  const entries: THistoryEntry[] = [...(query.data?.items ?? [])].reverse().map((e) => ({
    key: e.id,
    date: e.on,
    color: eventColors[e.type],
    content: describe(e),
  }))
  return (
    <HistoryCard
      title={t('tr.history')}
      emptyText={t('tr.historyEmpty')}
      query={query}
      entries={entries}
    />
  )
}

/**
 * A temporary resident's page: the person (masked, with the audited reveal), where and since
 * when they live, the registration against its deadline, the 居住证, the dated history, and the
 * steps — 申报 (if not declared yet), 变更居住地, 注销 — and the printable 暂住人口登记表.
 */
export const TemporaryResidentPage = ({ id }: { id: string }) => {
  const { t } = useTranslation(['rentals', 'print'])
  const canWrite = useCan('registry:write')
  const query = useTemporaryResident(id)
  const [step, setStep] = useState<TResidentStep | null>(null)
  const [stepOpened, setStepOpened] = useState(false)
  const [revealing, setRevealing] = useState<TRevealTarget | null>(null)
  const back = (
    <PageBreadcrumb parent={paths.temporaryResidents} current={query.data?.person.name} />
  )
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />
  if (query.isError)
    return (
      <>
        {back}
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const r = query.data
  const open = (next: TResidentStep) => (setStepOpened(true), setStep(next))
  const current = !r.leftOn
  const actions = (
    <Space wrap>
      <ButtonLink
        to={recordPaths.temporaryResidentPrint}
        params={{ id: r.id }}
        icon={<PrinterOutlined aria-hidden />}
      >
        {t('print:action')}
      </ButtonLink>
      {canWrite && current && !r.declaredOn && (
        <Button
          type="primary"
          icon={<SolutionOutlined aria-hidden />}
          onClick={() => open('register')}
        >
          {t('tr.register')}
        </Button>
      )}
      {canWrite && (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => open('edit')}>
          {t('tr.edit')}
        </Button>
      )}
      {canWrite && current && (
        <Button icon={<EnvironmentOutlined aria-hidden />} onClick={() => open('move')}>
          {t('tr.move')}
        </Button>
      )}
      {canWrite && current && (
        <Button danger icon={<LogoutOutlined aria-hidden />} onClick={() => open('leave')}>
          {t('tr.leave')}
        </Button>
      )}
    </Space>
  )
  return (
    <>
      {back}
      <PageHeader
        title={r.person.name}
        description={
          <Space size={8} wrap>
            <Tag color={current ? 'blue' : 'default'}>
              {current ? t('tr.current') : t('tr.gone')}
            </Tag>
            <span>{r.committee.name}</span>
            <span>{r.dwelling.name}</span>
          </Space>
        }
        actions={actions}
      />
      {r.leftOn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('tr.leftNote', { date: r.leftOn })}
          description={r.leaveReason ?? undefined}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <div className="stack">
            <PersonCard resident={r} onReveal={setRevealing} />
            <StayCard resident={r} />
            <Row gutter={[16, 16]}>
              <Col xs={24} md={12}>
                <RegistrationCard resident={r} />
              </Col>
              <Col xs={24} md={12}>
                <PermitCard resident={r} />
              </Col>
            </Row>
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <ResidentHistory residentId={r.id} />
        </Col>
      </Row>
      {stepOpened && <StepModal resident={r} step={step} onClose={() => setStep(null)} />}
      {revealing && <RevealModal target={revealing} onClose={() => setRevealing(null)} />}
    </>
  )
}
