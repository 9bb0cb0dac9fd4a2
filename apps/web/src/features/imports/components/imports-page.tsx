import { DownOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { useNavigate } from '@tanstack/react-router'
import { Button, Dropdown, Space, Tooltip } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ListEmpty } from '@/components/ui/list-empty'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { searchPaging, type TPageSearch } from '@/lib/search-params'
import { recordPaths } from '@/config/paths'
import { useImports } from '../api/get-imports'
import { importTemplateUrl } from '../api/import-downloads'
import { buildImportColumns, type TImportSummary } from './import-columns'
import { UploadImportModal } from './upload-import-modal'
import { useUploadTypes } from './upload-types'

/** 数据导入: the import jobs, newest first; 导入台账 uploads a ledger and opens its job. */
export const ImportsPage = () => {
  const uploadTypes = useUploadTypes()
  const { t } = useTranslation(['imports', 'common'])
  const navigate = useNavigate()
  const [uploading, setUploading] = useState(false)
  // The page shown: kept here, not in the URL (the list is the office's recent work, newest
  // first; a job's own page is what gets bookmarked).
  const [paging, setPaging] = useState<TPageSearch>({})
  const query = useImports(paging)
  const items = query.data?.items ?? []
  const open = (id: string) =>
    void navigate({ to: recordPaths.importJob, params: { importId: id } })
  // The empty state's button has its own name, so 导入台账 stays unique on the page.
  const uploadButton = (label: string) => (
    <Button type="primary" icon={<UploadOutlined aria-hidden />} onClick={() => setUploading(true)}>
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
            <Tooltip title={t('templateHint')}>
              <Dropdown
                menu={{
                  items: uploadTypes.map((type) => ({
                    key: type,
                    label: (
                      <a href={importTemplateUrl(type)} download>
                        {t(`types.${type}`)}
                      </a>
                    ),
                  })),
                }}
              >
                <Button icon={<DownloadOutlined aria-hidden />}>
                  {t('template')} <DownOutlined aria-hidden />
                </Button>
              </Dropdown>
            </Tooltip>
            {uploadButton(t('create'))}
          </Space>
        }
      />
      <RecordList<TImportSummary>
        caption={t('tableCaption')}
        query={query}
        items={items}
        paging={searchPaging(paging, query.data?.total, setPaging)}
        columns={buildImportColumns(t)}
        // The row opens the job; the file name is the keyboard's link.
        onRow={(job) => ({ onClick: () => open(job.id), style: { cursor: 'pointer' } })}
        empty={
          <ListEmpty
            filtered={false}
            onClearFilters={() => undefined}
            emptyTitle={t('emptyTitle')}
            emptyHint={t('emptyHint')}
            action={uploadButton(t('createFirst'))}
          />
        }
      />
      <UploadImportModal
        open={uploading}
        onClose={() => setUploading(false)}
        onUploaded={(id) => (setUploading(false), open(id))}
      />
    </>
  )
}
