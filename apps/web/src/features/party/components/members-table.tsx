import { useNavigate } from '@tanstack/react-router'
import { Skeleton, Table } from 'antd'
import type { TPartyMember } from '@cr/shared/party/party-member'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from '@/components/ui/captioned-table'
import { ListFooter } from '@/components/ui/list-footer'
import { recordPaths } from '@/config/paths'
import { useMembers } from '../api/get-members'
import type { TMemberListFilters } from '../utils/member-search'
import { buildMemberColumns } from './member-columns'

type TProps = {
  filters: TMemberListFilters
  caption: string
  empty: ReactNode
  /** Columns to leave out (a branch's roster need not repeat the branch for every row). */
  hide?: string[]
}

/** 党员名册: keyset-paged; a row (or the name, from the keyboard) opens the member's profile. */
export const MembersTable = ({ filters, caption, empty, hide = [] }: TProps) => {
  const { t, i18n } = useTranslation(['party', 'common'])
  const navigate = useNavigate()
  const query = useMembers(filters)
  const components = useTableCaption(caption)
  const items = query.data?.pages.flatMap((p) => p.items) ?? []
  const columns = buildMemberColumns(t, i18n.language).filter((c) => !hide.includes(String(c.key)))
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />
  if (query.isError && items.length === 0)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <>
      <Table<TPartyMember>
        rowKey="id"
        size="middle"
        components={components}
        columns={columns}
        dataSource={items}
        pagination={false}
        loading={query.isFetching && !query.isFetchingNextPage}
        scroll={{ x: 'max-content' }}
        onRow={(m) => ({
          onClick: () => void navigate({ to: recordPaths.partyMember, params: { memberId: m.id } }),
          style: { cursor: 'pointer' },
        })}
        locale={{ emptyText: empty }}
      />
      <ListFooter
        shown={items.length}
        total={query.data?.pages[0]?.total}
        hasMore={query.hasNextPage}
        loadingMore={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </>
  )
}
