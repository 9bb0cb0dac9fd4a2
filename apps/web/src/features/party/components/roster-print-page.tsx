import { ArrowLeftOutlined } from '@ant-design/icons'
import { educationTable } from '@cr/shared/code-tables/education'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { sexTable } from '@cr/shared/code-tables/sex'
import { memberStatusLabels } from '@cr/shared/party/party-codes'
import type { TPartyMember } from '@cr/shared/party/party-member'
import { type TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { printDate, printMonth } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { allQueries } from '@/components/print/print-state'
import { PrintTable, type TPrintColumn } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { paths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { ProblemError } from '@/lib/problem'
import { useWholeRoster } from '../api/get-members'
import { useOrganizations } from '../api/get-organizations'

const codeName = (table: { nameOf: (code: string) => string | undefined }, code: string | null) =>
  code ? (table.nameOf(code) ?? code) : '—'

/** 预备 / 正式: the column says what it is. */
export const shortStatus = (status: TPartyMember['status'], language: string) => {
  const label = pickLabel(memberStatusLabels[status], language)
  return language.startsWith('en') ? label : label.replace('党员', '')
}

/**
 * The columns of the 党员花名册 on paper (thirteen, or twelve without 所在支部): the whole
 * roster's and the selected members' (打印所选).
 */
export const rosterPrintColumns = (
  t: TFunction<'print'>,
  lang: string,
  withBranch: boolean,
): TPrintColumn<TPartyMember>[] => [
  { key: 'name', title: t('roster.name'), nowrap: true, render: (m) => m.resident.name },
  {
    key: 'sex',
    title: t('roster.sex'),
    align: 'center',
    render: (m) => sexTable.nameOf(m.resident.sex) ?? '—',
  },
  {
    key: 'ethnicity',
    title: t('roster.ethnicity'),
    align: 'center',
    render: (m) => codeName(ethnicityTable, m.resident.ethnicity),
  },
  {
    key: 'birthDate',
    title: t('roster.birthDate'),
    align: 'center',
    render: (m) => printMonth(m.resident.birthDate.slice(0, 7), lang),
  },
  {
    key: 'idNumber',
    title: t('roster.idNumber'),
    render: (m) => <span className="mono">{m.resident.idNumberMasked}</span>,
  },
  {
    key: 'education',
    title: t('roster.education'),
    render: (m) => codeName(educationTable, m.resident.education),
  },
  ...(withBranch
    ? [
        {
          key: 'branch',
          title: t('roster.branch'),
          render: (m: TPartyMember) => m.organization.name,
        },
      ]
    : []),
  {
    key: 'status',
    title: t('roster.status'),
    align: 'center',
    render: (m) => shortStatus(m.status, lang),
  },
  {
    key: 'joinedOn',
    title: t('roster.joinedOn'),
    align: 'center',
    render: (m) => printDate(m.joinedOn, lang),
  },
  {
    key: 'fullMembershipOn',
    title: t('roster.fullMembershipOn'),
    align: 'center',
    render: (m) => printDate(m.fullMembershipOn, lang),
  },
  {
    key: 'posts',
    title: t('roster.posts'),
    render: (m) => m.partyPosts.join('、') || '—',
  },
  {
    key: 'phone',
    title: t('roster.phone'),
    render: (m) => <span className="mono">{m.resident.phoneMasked ?? '—'}</span>,
  },
  {
    key: 'paidThrough',
    title: t('roster.paidThrough'),
    align: 'center',
    render: (m) => printMonth(m.dues.paidThrough, lang),
  },
]

/**
 * 党员花名册: every active member of the organisation and the groups under it, on A4 landscape
 * (thirteen columns). ID numbers and phones as the roster screen masks them.
 */
export const RosterPrintPage = ({ organizationId }: { organizationId: string }) => {
  const { t, i18n } = useTranslation('print')
  const lang = i18n.language
  const orgs = useOrganizations()
  const roster = useWholeRoster(organizationId)
  const org = orgs.data?.items.find((o) => o.id === organizationId)
  // A node not in the caller's tree is out of their scope: as if it did not exist.
  const missing = orgs.isSuccess && !org
  const state = missing
    ? {
        isPending: false,
        isError: true,
        error: new ProblemError({ status: 404, code: 'not_found', title: 'Not Found' }),
        refetch: () => void orgs.refetch(),
      }
    : allQueries(orgs, roster)
  const members = roster.data?.items ?? []
  // The branch column only where the roster spans more than the node itself (its groups).
  const spansGroups = members.some((m) => m.organization.id !== organizationId)
  const columns = rosterPrintColumns(t, lang, spansGroups)
  return (
    <PrintPage
      back={
        <ButtonLink
          to={paths.party}
          search={{ org: organizationId, tab: 'roster' }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('back')}
        </ButtonLink>
      }
      title={t('roster.title')}
      meta={
        org
          ? [
              { label: t('roster.organization'), value: org.name },
              {
                label: t('roster.total'),
                value: t('roster.totalValue', { count: members.length }),
              },
            ]
          : []
      }
      landscape
      state={state}
    >
      <PrintTable<TPartyMember>
        caption={t('roster.title')}
        rows={members}
        rowKey={(m) => m.id}
        columns={columns}
      />
      {roster.data?.truncated && (
        <p className="print-note" role="note">
          {t('roster.truncated', { count: members.length })}
        </p>
      )}
    </PrintPage>
  )
}
