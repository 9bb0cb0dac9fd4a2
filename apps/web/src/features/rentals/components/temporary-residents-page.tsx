import { UserAddOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import type { TTemporaryResident } from '@cr/shared/rentals/temporary-resident'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { ListEmpty } from '@/components/ui/list-empty'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { sortableColumn } from '@/components/ui/sortable-column'
import { useCan } from '@/lib/auth'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useTemporaryResidents } from '../api/get-temporary-residents'
import {
  defaultTemporaryResidentSort,
  temporaryResidentSorts,
  temporaryResidentsFiltered,
  toTemporaryResidentListQuery,
  type TTemporaryResidentsSearch,
} from '../utils/temporary-resident-search'
import { RegistrationRateSummary } from './registration-rate'
import { buildTemporaryResidentColumns } from './temporary-resident-columns'
import { TemporaryResidentsToolbar } from './temporary-residents-toolbar'

const DeskRegistrationModal = lazyOnIdle(() =>
  import('./desk-registration-modal').then((m) => m.DeskRegistrationModal),
)

type TProps = {
  search: TTemporaryResidentsSearch
  onSearchChange: (next: TTemporaryResidentsSearch) => void
}

/**
 * 暂住人口: the people living here now, numbered pages, filters in the URL, export of the
 * 暂住人口登记表; 暂住登记 opens the desk registration form.
 */
export const TemporaryResidentsPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['rentals', 'common'])
  const canWrite = useCan('registry:write')
  const [registering, setRegistering] = useState(false)
  const [opened, setOpened] = useState(false)
  const query = useTemporaryResidents(search)
  const filtered = temporaryResidentsFiltered(search)
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  const open = () => (setOpened(true), setRegistering(true))
  const registerButton = (label: string) =>
    canWrite && (
      <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={open}>
        {label}
      </Button>
    )
  const columns = buildTemporaryResidentColumns({ t, language: i18n.language }).map((c) =>
    c.key === 'movedInOn' ? { ...c, ...sortableColumn(search.sort, 'movedInOn') } : c,
  )
  return (
    <>
      <PageHeader
        title={t('temporary.title')}
        description={t('temporary.description')}
        actions={
          <Space wrap>
            <ExportButton
              files={[
                {
                  key: 'temporary-residents',
                  href: listExportHref('temporary-residents', toTemporaryResidentListQuery(search)),
                },
              ]}
              menuLabel={t('temporary.exportMenu')}
            />
            {registerButton(t('temporary.register'))}
          </Space>
        }
      />
      <RegistrationRateSummary />
      <TemporaryResidentsToolbar search={search} onSearchChange={onSearchChange} />
      <RecordList<TTemporaryResident>
        caption={t('temporary.caption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, temporaryResidentSorts, defaultTemporaryResidentSort),
          })
        }
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={reset}
            emptyTitle={t('temporary.empty')}
            emptyHint={t('temporary.emptyHint')}
            action={registerButton(t('temporary.registerFirst'))}
          />
        }
      />
      {opened && <DeskRegistrationModal open={registering} onClose={() => setRegistering(false)} />}
    </>
  )
}
