import './subsidy-case.css'
import { Link } from '@tanstack/react-router'
import { Card, Descriptions, Table, Tag } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import { incomeSourceLabels, type TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { subsidyClassificationLabels } from '@cr/shared/subsidies/subsidy-review'
import {
  hardshipReasonLabels,
  subsidyMaterialLabels,
  subsidyMaterials,
} from '@cr/shared/subsidies/subsidy-steps'
import { useTranslation } from 'react-i18next'
import { recordPaths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { incomeSources } from '../utils/subsidy-member-values'

type TMember = TSubsidyCase['members'][number]
const card = (title: string) => <h2 className="card-title">{title}</h2>
const yuan = (fen: number) => <span className="mono">{fen ? formatYuan(fen) : '—'}</span>

/** 家庭成员及收入: each member (the registry's page), covered or not, monthly income by source. */
export const CaseMembersCard = ({ record: c }: { record: TSubsidyCase }) => {
  const { t, i18n } = useTranslation('subsidies')
  const total = c.members.reduce((sum, m) => sum + m.totalIncomeFen, 0)
  return (
    <section aria-label={t('members.title')}>
      <Card size="small" title={card(t('members.title'))}>
        <Table<TMember>
          size="small"
          rowKey={(m) => m.resident.id}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={c.members}
          columns={[
            {
              key: 'name',
              title: t('members.name'),
              fixed: 'left',
              render: (_, m) => (
                <Link to={recordPaths.resident} params={{ residentId: m.resident.id }}>
                  {m.resident.name}
                </Link>
              ),
            },
            {
              key: 'covered',
              title: t('members.covered'),
              render: (_, m) =>
                m.covered ? (
                  <Tag color="blue">{t('members.yes')}</Tag>
                ) : (
                  <Tag>{t('members.no')}</Tag>
                ),
            },
            ...incomeSources.map((s) => ({
              key: s,
              title: pickLabel(incomeSourceLabels[s], i18n.language),
              align: 'right' as const,
              render: (_: unknown, m: TMember) => yuan(m.incomeFen[s]),
            })),
            {
              key: 'total',
              title: t('members.total'),
              align: 'right',
              render: (_, m) => yuan(m.totalIncomeFen),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2 + incomeSources.length}>
                {t('members.householdTotal', { count: c.members.length, covered: c.coveredPeople })}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <span className="mono">{formatYuan(total)}</span>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
    </section>
  )
}

/** 申请信息: reason, classification, the declaration, assets, the account (masked), the materials. */
export const CaseInfoCard = ({ record: c }: { record: TSubsidyCase }) => {
  const { t, i18n } = useTranslation('subsidies')
  const lang = i18n.language
  return (
    <section aria-label={t('info.title')}>
      <Card size="small" title={card(t('info.title'))}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'appliedOn', label: t('fields.appliedOn'), children: c.appliedOn },
            {
              key: 'reason',
              label: t('fields.hardshipReason'),
              children: pickLabel(hardshipReasonLabels[c.hardshipReason], lang),
            },
            {
              key: 'classification',
              label: t('fields.classification'),
              children: pickLabel(subsidyClassificationLabels[c.classification], lang),
              span: { xs: 1, md: 2 },
            },
            {
              key: 'declaration',
              label: t('fields.declarationReceivedOn'),
              children: c.declarationReceivedOn ?? (
                <span className="text-danger">{t('info.notReceived')}</span>
              ),
            },
            {
              key: 'certificate',
              label: t('fields.certificateNumber'),
              children: c.certificateNumber ?? '—',
            },
            {
              key: 'bank',
              label: t('fields.bankAccount'),
              children: c.bankAccountMasked ? (
                <span className="mono">
                  {[c.bankName, c.bankAccountMasked].filter(Boolean).join(' ')}
                </span>
              ) : (
                t('info.noAccount')
              ),
            },
            { key: 'reviewDue', label: t('fields.reviewDueOn'), children: c.reviewDueOn ?? '—' },
            {
              key: 'assets',
              label: t('fields.assets'),
              children: c.assets ?? '—',
              span: { xs: 1, md: 2 },
            },
            ...(c.notes
              ? [
                  {
                    key: 'notes',
                    label: t('fields.notes'),
                    children: c.notes,
                    span: { xs: 1, md: 2 },
                  },
                ]
              : []),
          ]}
        />
        <h3 className="card-subtitle">{t('fields.materials')}</h3>
        <ul className="materials-list" aria-label={t('fields.materials')}>
          {subsidyMaterials.map((m) => {
            const has = c.materials.includes(m)
            return (
              <li key={m} className={has ? undefined : 'text-danger'}>
                {has ? '☑' : '☐'} {pickLabel(subsidyMaterialLabels[m], lang)}
                {!has && <span className="visually-hidden">{t('info.missing')}</span>}
              </li>
            )
          })}
        </ul>
      </Card>
    </section>
  )
}
