import { Link } from '@tanstack/react-router'
import { Card, Empty, Skeleton, Table } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { sexTable } from '@cr/shared/code-tables/sex'
import type { TResident } from '@cr/shared/residents/resident'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from '@/components/ui/captioned-table'
import { recordPaths } from '@/config/paths'
import { useDwellingOccupants } from '../api/get-dwelling-occupants'

const headFirst = (items: TResident[]) =>
  [...items].sort((a, b) => Number(b.household?.isHead ?? 0) - Number(a.household?.isHead ?? 0))

/** 居住人员列表: who lives in the dwelling, with their relationship to the head. */
export const DwellingOccupants = ({ dwellingId }: { dwellingId: string }) => {
  const { t } = useTranslation(['places', 'residents'])
  const query = useDwellingOccupants(dwellingId)
  const components = useTableCaption(t('dwellingDetails.tableCaption'))
  return (
    <Card size="small" title={<h2 className="card-title">{t('dwellingDetails.occupants')}</h2>}>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : query.isError ? (
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<TResident>
          rowKey="id"
          size="small"
          components={components}
          dataSource={headFirst(query.data.items)}
          pagination={false}
          columns={[
            {
              key: 'name',
              title: t('residents:fields.name'),
              render: (_, r) => (
                <Link to={recordPaths.resident} params={{ residentId: r.id }}>
                  {r.name}
                </Link>
              ),
            },
            {
              key: 'idNumber',
              title: t('residents:fields.idNumber'),
              render: (_, r) => <span className="mono">{r.idNumberMasked}</span>,
            },
            {
              key: 'sex',
              title: t('residents:fields.sex'),
              render: (_, r) => sexTable.nameOf(r.sex),
            },
            { key: 'age', title: t('residents:fields.age'), dataIndex: 'age' },
            {
              key: 'relationship',
              title: t('residents:fields.relationship'),
              render: (_, r) =>
                r.household ? (
                  <Link to={recordPaths.household} params={{ householdId: r.household.id }}>
                    {relationshipTable.nameOf(r.household.relationship) ?? r.household.relationship}
                  </Link>
                ) : (
                  '—'
                ),
            },
          ]}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <>
                    <div style={{ fontWeight: 500 }}>{t('dwellingDetails.empty')}</div>
                    <div>{t('dwellingDetails.emptyHint')}</div>
                  </>
                }
              />
            ),
          }}
        />
      )}
    </Card>
  )
}
