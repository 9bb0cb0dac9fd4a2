import { useNavigate } from '@tanstack/react-router'
import type { TPartyMember } from '@cr/shared/party/party-member'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RecordList } from '@/components/ui/record-list'
import { searchPaging } from '@/lib/search-params'
import { recordPaths } from '@/config/paths'
import type { TPageSearch } from '@/lib/search-params'
import { useMembers } from '../api/get-members'
import type { TMemberListFilters } from '../utils/member-search'
import { buildMemberColumns } from './member-columns'

type TProps = {
  filters: TMemberListFilters
  /** The page shown and its size (in the URL on the 党员 page, kept by a branch's roster tab). */
  paging: TPageSearch
  onPagingChange: (next: TPageSearch) => void
  caption: string
  empty: ReactNode
  /** Columns to leave out (a branch's roster need not repeat the branch for every row). */
  hide?: string[]
  /** Rows chosen for a batch action (kept across pages); absent: no selection. */
  selection?: { selected: string[]; onChange: (ids: string[]) => void }
}

/** 党员名册: numbered pages; a row (or the name, from the keyboard) opens the member's profile. */
export const MembersTable = ({
  filters,
  paging,
  onPagingChange,
  caption,
  empty,
  hide = [],
  selection,
}: TProps) => {
  const { t, i18n } = useTranslation(['party', 'common'])
  const navigate = useNavigate()
  const query = useMembers(filters, paging)
  const columns = buildMemberColumns(t, i18n.language).filter((c) => !hide.includes(String(c.key)))
  return (
    <RecordList<TPartyMember>
      caption={caption}
      query={query}
      items={query.data?.items ?? []}
      paging={searchPaging(paging, query.data?.total, onPagingChange)}
      columns={columns}
      scroll={{ x: 'max-content' }}
      skeletonRows={6}
      rowSelection={
        selection && {
          selectedRowKeys: selection.selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => selection.onChange(keys.map(String)),
          getCheckboxProps: (m) => ({
            'aria-label': t('members.batch.selectRow', { name: m.resident.name }),
          }),
        }
      }
      onRow={(m) => ({
        // A click on the row opens the profile, but not one on its selection box.
        onClick: (event) => {
          if ((event.target as HTMLElement).closest('.ant-table-selection-column')) return
          void navigate({ to: recordPaths.partyMember, params: { memberId: m.id } })
        },
        style: { cursor: 'pointer' },
      })}
      empty={empty}
    />
  )
}
