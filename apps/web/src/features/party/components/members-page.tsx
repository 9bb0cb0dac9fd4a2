import { ImportOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, Modal, Space } from 'antd'
import { memberCategoryLabels, memberStatusLabels } from '@cr/shared/party/party-codes'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ListEmpty } from '@/components/ui/list-empty'
import { LabelSelect } from '@/components/ui/label-select'
import { PageHeader } from '@/components/ui/page-header'
import { SearchInput } from '@/components/ui/search-input'
import { useCan } from '@/lib/auth'
import { filtersChanged } from '@/lib/search-params'
import { isMembersSearchFiltered, type TMembersSearch } from '../utils/member-search'
import { MembersExportButton } from './members-export-button'
import { CreateMemberForm } from './create-member-form'
import { MembersBatchBar } from './members-batch-bar'
import { MembersTable } from './members-table'
import { OrganizationSelect } from './organization-select'
import './party.css'

type TProps = { search: TMembersSearch; onSearchChange: (next: TMembersSearch) => void }

/** 党员: the roster with its filters; 新增党员 picks a resident of the registry. */
export const MembersPage = ({ search, onSearchChange: changeSearch }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  const canWrite = useCan('party:write')
  const [creating, setCreating] = useState<'create' | 'transferIn' | null>(null)
  const [generation, setGeneration] = useState(0)
  // Members chosen for a batch action (kept across pages); other filters start a new choice.
  const [selected, setSelected] = useState<string[]>([])
  const onSearchChange = (next: TMembersSearch) => {
    if (filtersChanged(search, next)) setSelected([])
    changeSearch(next)
  }
  const filtered = isMembersSearchFiltered(search)
  const reset = () => {
    setGeneration((g) => g + 1)
    onSearchChange({})
  }
  const createButton = (label: string) =>
    canWrite && (
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        onClick={() => setCreating('create')}
      >
        {label}
      </Button>
    )
  return (
    <>
      <PageHeader
        title={t('members.title')}
        description={t('members.description')}
        actions={
          <Space wrap>
            <MembersExportButton search={search} />
            {canWrite && (
              <Button
                icon={<ImportOutlined aria-hidden />}
                onClick={() => setCreating('transferIn')}
              >
                {t('transferIn.title')}
              </Button>
            )}
            {createButton(t('members.create'))}
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <SearchInput
          key={generation}
          value={search.q}
          onChange={(q) => onSearchChange({ ...search, q })}
          label={t('members.filters.search')}
          placeholder={t('members.filters.searchPlaceholder')}
          maxLength={30}
        />
        <OrganizationSelect
          aria-label={t('members.filters.organization')}
          placeholder={t('members.filters.allOrganizations')}
          allowClear
          style={{ width: 200 }}
          value={search.organizationId}
          onChange={(organizationId) => onSearchChange({ ...search, organizationId })}
        />
        <LabelSelect
          aria-label={t('members.filters.status')}
          placeholder={t('members.filters.allStatuses')}
          allowClear
          style={{ width: 140 }}
          labels={memberStatusLabels}
          value={search.status}
          onChange={(status) => onSearchChange({ ...search, status })}
        />
        <LabelSelect
          aria-label={t('members.filters.category')}
          placeholder={t('members.filters.allCategories')}
          allowClear
          style={{ width: 200 }}
          labels={memberCategoryLabels}
          value={search.category}
          onChange={(category) => onSearchChange({ ...search, category })}
        />
        <Checkbox
          checked={search.lostContact ?? false}
          onChange={(e) =>
            onSearchChange({ ...search, lostContact: e.target.checked || undefined })
          }
        >
          {t('members.filters.lostContact')}
        </Checkbox>
        {filtered && (
          <Button type="link" onClick={reset}>
            {t('common:actions.reset')}
          </Button>
        )}
      </Space>
      <MembersBatchBar selected={selected} onClear={() => setSelected([])} canPay={canWrite} />
      <MembersTable
        filters={search}
        selection={{ selected, onChange: setSelected }}
        paging={search}
        onPagingChange={({ page, size }) => onSearchChange({ ...search, page, size })}
        caption={t('members.tableCaption')}
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={reset}
            emptyTitle={t('members.emptyTitle')}
            emptyHint={t('members.emptyHint')}
            action={createButton(t('members.createFirst'))}
          />
        }
      />
      <Modal
        open={creating !== null}
        title={creating === 'transferIn' ? t('transferIn.title') : t('form.title')}
        onCancel={() => setCreating(null)}
        footer={null}
        destroyOnHidden
        width={720}
        mask={{ closable: false }}
      >
        {creating && (
          <CreateMemberForm
            key={creating}
            title={creating === 'transferIn' ? t('transferIn.title') : t('form.title')}
            transferIn={creating === 'transferIn'}
            organizationId={search.organizationId}
            onDone={() => setCreating(null)}
          />
        )}
      </Modal>
    </>
  )
}
