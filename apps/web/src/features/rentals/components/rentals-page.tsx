import { PlusOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { ListEmpty } from '@/components/ui/list-empty'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { useCan } from '@/lib/auth'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { searchPaging } from '@/lib/search-params'
import { useRentalProperties } from '../api/get-rental-properties'
import { rentalsFiltered, toRentalListQuery, type TRentalsSearch } from '../utils/rental-search'
import { buildRentalPropertyColumns } from './rental-property-columns'
import { RentalsToolbar } from './rentals-toolbar'

const RentalPropertyFormModal = lazyOnIdle(() =>
  import('./rental-property-form-modal').then((m) => m.RentalPropertyFormModal),
)

type TProps = { search: TRentalsSearch; onSearchChange: (next: TRentalsSearch) => void }

/**
 * 出租房屋: the rented dwellings in scope, numbered pages, filters in the URL; 登记出租房屋 in a
 * dialog (mounted from its first opening on), a row opens the dwelling's rental page.
 */
export const RentalsPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['rentals', 'common'])
  const canWrite = useCan('registry:write')
  const [creating, setCreating] = useState(false)
  const [formOpened, setFormOpened] = useState(false)
  const query = useRentalProperties(search)
  const filtered = rentalsFiltered(search)
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  const open = () => (setFormOpened(true), setCreating(true))
  const createButton = (label: string) =>
    canWrite && (
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={open}>
        {label}
      </Button>
    )
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <Space wrap>
            <ExportButton
              files={[
                {
                  key: 'rental-properties',
                  href: listExportHref('rental-properties', toRentalListQuery(search)),
                },
              ]}
              menuLabel={t('list.exportMenu')}
            />
            {createButton(t('list.create'))}
          </Space>
        }
      />
      <RentalsToolbar search={search} onSearchChange={onSearchChange} />
      <RecordList<TRentalProperty>
        caption={t('list.caption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={buildRentalPropertyColumns({ t, language: i18n.language })}
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={reset}
            emptyTitle={t('list.empty')}
            emptyHint={t('list.emptyHint')}
            action={createButton(t('list.createFirst'))}
          />
        }
      />
      {formOpened && <RentalPropertyFormModal open={creating} onClose={() => setCreating(false)} />}
    </>
  )
}
