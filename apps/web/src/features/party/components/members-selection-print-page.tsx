import { ArrowLeftOutlined } from '@ant-design/icons'
import { useRouterState } from '@tanstack/react-router'
import type { TPartyMember } from '@cr/shared/party/party-member'
import { useTranslation } from 'react-i18next'
import { NoSelection } from '@/components/print/no-selection'
import { PrintPage } from '@/components/print/print-page'
import { PrintTable } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { paths } from '@/config/paths'
import { printSelectionOf } from '@/lib/print-selection'
import { useSelectedMembers } from '../api/get-selected-members'
import { rosterPrintColumns } from './roster-print-page'

/**
 * 打印所选 of the party roster: the 党员花名册's columns for the selected members only, in the
 * roster's order, on A4 landscape. The ids come in the history entry's state.
 */
export const MembersSelectionPrintPage = () => {
  const { t, i18n } = useTranslation('print')
  const selection = useRouterState({ select: (s) => printSelectionOf(s.location.state) })
  const query = useSelectedMembers(selection)
  const back = (
    <ButtonLink to={paths.partyMembers} kind="link" icon={<ArrowLeftOutlined aria-hidden />}>
      {t('selection.backToMembers')}
    </ButtonLink>
  )
  if (!selection) return <NoSelection back={back} />
  const members = query.data?.items ?? []
  // The branch column where the selection spans more than one.
  const branches = new Set(members.map((m) => m.organization.id))
  return (
    <PrintPage
      back={back}
      title={t('roster.title')}
      meta={[
        { label: t('roster.total'), value: t('roster.totalValue', { count: members.length }) },
      ]}
      landscape
      state={query}
    >
      <PrintTable<TPartyMember>
        caption={t('roster.title')}
        rows={members}
        rowKey={(m) => m.id}
        columns={rosterPrintColumns(t, i18n.language, branches.size > 1)}
      />
    </PrintPage>
  )
}
