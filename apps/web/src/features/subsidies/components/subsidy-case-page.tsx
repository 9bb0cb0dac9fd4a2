import { EditOutlined, PrinterOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Alert, Button, Col, Row, Skeleton, Space, Tag } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { formatYuan } from '@cr/shared/party/money'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import {
  subsidyMaterialLabels,
  subsidyStageLabels,
  subsidyStepsFrom,
  type TSubsidyStep,
} from '@cr/shared/subsidies/subsidy-steps'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { ButtonLink } from '@/components/ui/button-link'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { useSubsidyCase } from '../api/get-subsidy-case'
import { CaseAmountCard } from './case-amount-card'
import { CaseHistory } from './case-history'
import { CasePairingsCard } from './case-pairings-card'
import { CaseInfoCard, CaseMembersCard } from './case-people-cards'
import type { TCaseModal } from './case-step-modal'
import { stageColors } from './stage-tag'

const CaseStepModal = lazyOnIdle(() => import('./case-step-modal').then((m) => m.CaseStepModal))

const dangerSteps: readonly TSubsidyStep[] = ['refuse', 'stop', 'suspend', 'object']

/** Where the case stands and what is due: the next step's deadline, the review, what is missing. */
const CaseAlerts = ({ record: c }: { record: TSubsidyCase }) => {
  const { t, i18n } = useTranslation('subsidies')
  const alerts = []
  if (c.nextStep && c.deadline)
    alerts.push(
      <Alert
        key="deadline"
        type={c.overdue ? 'error' : 'info'}
        showIcon
        title={t(c.overdue ? 'page.overdue' : 'page.due', {
          step: t(`steps.name.${c.nextStep}`),
          date: c.deadline,
        })}
        description={c.deadlineProvisional ? t('page.provisional') : undefined}
      />,
    )
  if (c.publicNotice && c.stage === 'publicizing')
    alerts.push(
      <Alert key="notice" type="info" showIcon title={t('page.notice', c.publicNotice)} />,
    )
  if (c.reportedChangeOn)
    alerts.push(
      <Alert
        key="change"
        type="warning"
        showIcon
        title={t('page.changeReported', { date: c.reportedChangeOn })}
      />,
    )
  else if (c.reviewDueOn)
    alerts.push(
      <Alert
        key="review"
        type={c.reviewDueOn < todayInChina() ? 'warning' : 'info'}
        showIcon
        title={t('page.reviewDue', { date: c.reviewDueOn })}
      />,
    )
  if (c.missingMaterials.length && !['stopped', 'refused'].includes(c.stage))
    alerts.push(
      <Alert
        key="materials"
        type="warning"
        showIcon
        title={t('materials.missing', {
          items: c.missingMaterials
            .map((m) => pickLabel(subsidyMaterialLabels[m], i18n.language))
            .join('、'),
        })}
      />,
    )
  return alerts.length ? (
    <div className="stack" style={{ marginBottom: 16 }}>
      {alerts}
    </div>
  ) : null
}

/**
 * A 低保 case: where it stands and what is due, the household's members and incomes, the
 * amount with its formula, the details and materials, the dated steps, and the buttons for the
 * steps its stage allows — the next one first.
 */
export const SubsidyCasePage = ({ caseId }: { caseId: string }) => {
  const { t, i18n } = useTranslation(['subsidies', 'print'])
  const canWrite = useCan('subsidy:write')
  const query = useSubsidyCase(caseId)
  const [modal, setModal] = useState<TCaseModal | null>(null)
  const [opened, setOpened] = useState(false)
  const back = <PageBreadcrumb parent={paths.subsidyCases} current={query.data?.applicant.name} />
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />
  if (query.isError)
    return (
      <>
        {back}
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  const c = query.data
  const open = (next: TCaseModal) => (setOpened(true), setModal(next))
  const steps = subsidyStepsFrom[c.stage]
  const actions = (
    <Space wrap>
      {c.stage === 'publicizing' && (
        <ButtonLink
          to={paths.subsidyPublicNoticePrint}
          search={{ committeeId: c.committee.id }}
          icon={<PrinterOutlined aria-hidden />}
        >
          {t('page.printNotice')}
        </ButtonLink>
      )}
      {canWrite && (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => open('edit')}>
          {t('page.edit')}
        </Button>
      )}
      {canWrite &&
        steps.map((step, i) => (
          <Button
            key={step}
            type={i === 0 ? 'primary' : 'default'}
            danger={dangerSteps.includes(step)}
            onClick={() => open(step)}
          >
            {t(`steps.name.${step}`)}
          </Button>
        ))}
    </Space>
  )
  return (
    <>
      {back}
      <PageHeader
        title={t('page.title', { name: c.applicant.name })}
        description={
          <Space size={8} wrap>
            <Tag color={stageColors[c.stage]}>
              {pickLabel(subsidyStageLabels[c.stage], i18n.language)}
            </Tag>
            <span>{c.committee.name}</span>
            <Link to={recordPaths.household} params={{ householdId: c.household.id }}>
              {c.household.name}
            </Link>
            {c.monthlyAmountFen !== null && (
              <span>{t('page.monthly', { amount: formatYuan(c.monthlyAmountFen) })}</span>
            )}
            {c.helper ? (
              <span>{t('page.helper', { name: c.helper.name })}</span>
            ) : (
              c.stage === 'in_payment' && <Tag color="orange">{t('page.noHelper')}</Tag>
            )}
          </Space>
        }
        actions={actions}
      />
      <CaseAlerts record={c} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <div className="stack">
            <CaseMembersCard record={c} />
            <CaseAmountCard record={c} />
            <CaseInfoCard record={c} />
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <div className="stack">
            <CasePairingsCard record={c} />
            <CaseHistory record={c} />
          </div>
        </Col>
      </Row>
      {opened && <CaseStepModal record={c} modal={modal} onClose={() => setModal(null)} />}
    </>
  )
}
