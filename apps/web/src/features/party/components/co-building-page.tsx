import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Col, Empty, Row, Space, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ListEmpty } from '@/components/ui/list-empty'
import { PageHeader } from '@/components/ui/page-header'
import { RecordFormModal, type TFormTarget } from '@/components/ui/record-form-modal'
import { RecordList } from '@/components/ui/record-list'
import { SearchInput } from '@/components/ui/search-input'
import { useCan } from '@/lib/auth'
import { searchPaging } from '@/lib/search-params'
import { useUnit, useUnits, type TCoBuildingUnit } from '../api/co-building'
import type { TCoBuildingSearch } from '../utils/co-building-search'
import { CoBuildingDetails } from './co-building-details'
import { CoBuildingUnitForm } from './co-building-unit-form'
import './party.css'

type TProps = { search: TCoBuildingSearch; onSearchChange: (next: TCoBuildingSearch) => void }

/** 共建单位: the units on the left; the selected one's agreements and activities on the right. */
export const CoBuildingPage = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation(['party', 'common'])
  // Co-building units are kept by party administrators; others read them.
  const canWrite = useCan('party:admin')
  const query = useUnits(search)
  const items = query.data?.items ?? []
  const [target, setTarget] = useState<TFormTarget | null>(null)
  const open = (unit: string | undefined) => onSearchChange({ ...search, unit })
  const title = target?.mode === 'edit' ? t('coBuilding.editTitle') : t('coBuilding.create')
  const createButton = (label: string) =>
    canWrite && (
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        onClick={() => setTarget({ mode: 'create' })}
      >
        {label}
      </Button>
    )
  const done = (saved?: TCoBuildingUnit) => {
    setTarget(null)
    if (saved) open(saved.id)
  }
  return (
    <>
      <PageHeader
        title={t('coBuilding.title')}
        description={t('coBuilding.description')}
        actions={createButton(t('coBuilding.create'))}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small">
            <Space style={{ marginBottom: 12 }}>
              <SearchInput
                value={search.q}
                // A new name filter starts again at page 1.
                onChange={(q) => onSearchChange({ ...search, q, page: undefined })}
                label={t('coBuilding.search')}
                placeholder={t('coBuilding.searchPlaceholder')}
                maxLength={30}
              />
            </Space>
            <RecordList<TCoBuildingUnit>
              caption={t('coBuilding.tableCaption')}
              query={query}
              items={items}
              paging={searchPaging(search, query.data?.total, onSearchChange)}
              size="small"
              rowClassName={(u) => (u.id === search.unit ? 'co-row-selected' : '')}
              onRow={(u) => ({ onClick: () => open(u.id), style: { cursor: 'pointer' } })}
              empty={
                <ListEmpty
                  filtered={Boolean(search.q)}
                  onClearFilters={() => onSearchChange({})}
                  emptyTitle={t('coBuilding.emptyTitle')}
                  emptyHint={t(canWrite ? 'coBuilding.emptyHint' : 'coBuilding.emptyHintReadOnly')}
                  action={createButton(t('coBuilding.createFirst'))}
                />
              }
              columns={[
                {
                  key: 'name',
                  title: t('coBuilding.fields.name'),
                  render: (_, u) => (
                    <Button
                      type="link"
                      size="small"
                      className="co-name-link"
                      aria-current={u.id === search.unit ? 'true' : undefined}
                      onClick={(e) => {
                        e.stopPropagation()
                        open(u.id)
                      }}
                    >
                      {u.name}
                    </Button>
                  ),
                },
                {
                  key: 'branch',
                  title: t('coBuilding.columns.branch'),
                  render: (_, u) => u.partyBranchName ?? '—',
                },
                {
                  key: 'contact',
                  title: t('coBuilding.columns.contact'),
                  render: (_, u) =>
                    [u.contactName, u.contactPhone].filter(Boolean).join(' ') || '—',
                },
                {
                  key: 'inForce',
                  title: t('coBuilding.columns.inForce'),
                  align: 'center',
                  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
                  render: (_, u) => {
                    const n = u.agreements.filter((a) => a.inForce).length
                    return <Tag color={n > 0 ? 'green' : 'default'}>{n}</Tag>
                  },
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          {search.unit ? (
            <CoBuildingDetails
              key={search.unit}
              unitId={search.unit}
              canWrite={canWrite}
              onEdit={(u) => setTarget({ mode: 'edit', id: u.id })}
              onDeleted={() => open(undefined)}
            />
          ) : (
            <Card size="small">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coBuilding.pick')} />
            </Card>
          )}
        </Col>
      </Row>
      <RecordFormModal
        target={target}
        onClose={() => setTarget(null)}
        title={title}
        width={560}
        mask={{ closable: false }}
        useRecord={useUnit}
        create={() => <CoBuildingUnitForm title={title} onDone={done} />}
        edit={(unit) => <CoBuildingUnitForm unit={unit} title={title} onDone={done} />}
      />
    </>
  )
}
