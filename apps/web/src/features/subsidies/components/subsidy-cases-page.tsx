import { FileAddOutlined, PrinterOutlined } from '@ant-design/icons'
import { Space } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '@/components/ui/button-link'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { ListEmpty } from '@/components/ui/list-empty'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { sortableColumn } from '@/components/ui/sortable-column'
import { paths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useSubsidyCases } from '../api/get-subsidy-cases'
import {
  defaultSubsidyCaseSort,
  subsidyCaseSorts,
  subsidyCasesFiltered,
  toSubsidyCaseListQuery,
  type TSubsidyCasesSearch,
} from '../utils/subsidy-case-search'
import { buildSubsidyCaseColumns } from './subsidy-case-columns'
import { SubsidyCasesToolbar } from './subsidy-cases-toolbar'

type TProps = { search: TSubsidyCasesSearch; onSearchChange: (next: TSubsidyCasesSearch) => void }

/**
 * 低保案件: every case with where it stands and what is due, numbered pages, filters in the URL;
 * 受理申请 opens the application form, 公示名单 the notice board's list.
 */
export const SubsidyCasesPage = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation(['subsidies', 'common'])
  const canWrite = useCan('subsidy:write')
  const query = useSubsidyCases(search)
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  const createButton = (label: string) =>
    canWrite && (
      <ButtonLink to={paths.subsidyCaseNew} kind="primary" icon={<FileAddOutlined aria-hidden />}>
        {label}
      </ButtonLink>
    )
  const columns = buildSubsidyCaseColumns({ t, today: todayInChina() }).map((c) =>
    c.key === 'appliedOn' ? { ...c, ...sortableColumn(search.sort, 'appliedOn') } : c,
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
                  key: 'subsidy-cases',
                  href: listExportHref('subsidy-cases', toSubsidyCaseListQuery(search)),
                },
              ]}
              menuLabel={t('list.exportMenu')}
            />
            <ButtonLink
              to={paths.subsidyPublicNoticePrint}
              search={{ committeeId: search.committeeId }}
              icon={<PrinterOutlined aria-hidden />}
            >
              {t('list.printNotice')}
            </ButtonLink>
            {createButton(t('list.create'))}
          </Space>
        }
      />
      <SubsidyCasesToolbar search={search} onSearchChange={onSearchChange} />
      <RecordList<TSubsidyCase>
        caption={t('list.caption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, subsidyCaseSorts, defaultSubsidyCaseSort),
          })
        }
        empty={
          <ListEmpty
            filtered={subsidyCasesFiltered(search)}
            onClearFilters={reset}
            emptyTitle={t('list.empty')}
            emptyHint={t('list.emptyHint')}
            action={createButton(t('list.createFirst'))}
          />
        }
      />
    </>
  )
}
