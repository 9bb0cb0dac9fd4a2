import { PlusOutlined } from '@ant-design/icons'
import { useNavigate } from '@tanstack/react-router'
import { Button, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page-header'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { isResidentsSearchFiltered, type TResidentsSearch } from '../utils/resident-list-search'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import type { TResidentFormTarget } from './resident-form-modal'
import { ResidentsExportButton } from './residents-export-button'
import { ResidentsTable } from './residents-table'
import { ResidentsToolbar } from './residents-toolbar'

// The dialogs are not in the list's first load (the bundle budget): fetched when the browser is
// idle, or when first opened.
const ResidentFormModal = lazyOnIdle(() =>
  import('./resident-form-modal').then((m) => m.ResidentFormModal),
)
const ResidentsBatchBar = lazyOnIdle(() =>
  import('./residents-batch-bar').then((m) => m.ResidentsBatchBar),
)

type TProps = { search: TResidentsSearch; onSearchChange: (next: TResidentsSearch) => void }

/** 居民: search as you type, filter, sort, load more; a row opens the profile. */
export const ResidentsPage = ({ search, onSearchChange: changeSearch }: TProps) => {
  const { t } = useTranslation(['residents', 'common'])
  const navigate = useNavigate()
  const canWrite = useCan('registry:write')
  const [target, setTarget] = useState<TResidentFormTarget | null>(null)
  // Mounted from the first opening on, so that closing it still animates.
  const [formOpened, setFormOpened] = useState(false)
  const openForm = (next: TResidentFormTarget) => {
    setFormOpened(true)
    setTarget(next)
  }
  // An ID number is searched by POST and lives only here, never in the URL.
  const [idNumber, setIdNumber] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)
  // Rows chosen for a batch action; another search or filter starts a new choice.
  const [selected, setSelected] = useState<string[]>([])
  const onSearchChange = (next: TResidentsSearch) => {
    setSelected([])
    changeSearch(next)
  }
  const filtered = isResidentsSearchFiltered(search) || idNumber !== null
  const reset = () => {
    setIdNumber(null)
    setGeneration((g) => g + 1)
    onSearchChange({ sort: search.sort })
  }
  // The empty state's button has its own name, so 新建居民 stays unique on the page.
  const createButton = (label: string) =>
    canWrite && (
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        onClick={() => openForm({ mode: 'create' })}
      >
        {label}
      </Button>
    )

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Space>
            <ResidentsExportButton search={search} />
            {createButton(t('create'))}
          </Space>
        }
      />
      <ResidentsToolbar
        search={search}
        onSearchChange={onSearchChange}
        onIdNumber={setIdNumber}
        filtered={filtered}
        onReset={reset}
        generation={generation}
      />
      {selected.length > 0 && (
        <ResidentsBatchBar
          selected={selected}
          onClear={() => setSelected([])}
          sort={search.sort}
          canTag={canWrite}
        />
      )}
      <ResidentsTable
        search={search}
        onSearchChange={onSearchChange}
        idNumber={idNumber}
        filtered={filtered}
        onReset={reset}
        createButton={createButton}
        onOpen={(id) => void navigate({ to: recordPaths.resident, params: { residentId: id } })}
        selection={{ selected, onChange: setSelected }}
      />
      {formOpened && <ResidentFormModal target={target} onClose={() => setTarget(null)} />}
    </>
  )
}
