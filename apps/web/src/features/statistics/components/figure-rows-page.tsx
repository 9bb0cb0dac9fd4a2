import type { TFigure, TFigureRow } from '@cr/shared/statistics/statistics'
import { Link } from '@tanstack/react-router'
import { Breadcrumb, Select, Statistic } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { isPeriodFigure } from '@/components/statistics/get-statistics'
import { formatFigureNumber, hasUnitWord } from '@/components/statistics/figure-format'
import { useFigureText } from '@/components/statistics/figure-value'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { paths } from '@/config/paths'
import { searchPaging } from '@/lib/search-params'
import { useFigureRows } from '../api/get-figure-rows'
import type { TFigureRowsSearch } from '../utils/statistics-search'
import { RecordLink } from './record-link'

type TProps = {
  figureKey: string
  search: TFigureRowsSearch
  onSearchChange: (next: TFigureRowsSearch) => void
}

type TRow = TFigureRow & { id: string }

const buildColumns = (
  t: TFunction<'statistics'>,
  figure: TFigure | undefined,
  unitWord: string,
): ColumnsType<TRow> => {
  const partLabels = new Map(figure?.parts.map((p) => [p.key, p.label]))
  const summed = figure?.unit === 'fen' || figure?.unit === 'minutes'
  return [
    {
      key: 'label',
      title: t('rows.columns.label'),
      render: (_, row) => <RecordLink row={row} />,
    },
    { key: 'detail', title: t('rows.columns.detail'), render: (_, row) => row.detail ?? '—' },
    {
      key: 'committee',
      title: t('rows.columns.committee'),
      render: (_, row) => row.committee?.name ?? '—',
    },
    ...(figure && figure.parts.length > 0
      ? [
          {
            key: 'part',
            title: t('rows.columns.part'),
            render: (_: unknown, row: TRow) =>
              row.part === null ? '—' : (partLabels.get(row.part) ?? row.part),
          },
        ]
      : []),
    { key: 'date', title: t('rows.columns.date'), render: (_, row) => row.date ?? '—' },
    ...(summed && figure
      ? [
          {
            key: 'amount',
            title: t('rows.columns.amount'),
            align: 'right' as const,
            render: (_: unknown, row: TRow) =>
              row.amount === null
                ? '—'
                : `${formatFigureNumber(row.amount, figure.unit)}${unitWord}`,
          },
        ]
      : []),
  ]
}

/**
 * A figure's drill-down: the records that make up its number as of the dashboard's day, a page
 * at a time — as many as the number counts — each linking to its record. A part of the
 * breakdown narrows the list; the way back keeps the dashboard's day and committee.
 */
export const FigureRowsPage = ({ figureKey, search, onSearchChange }: TProps) => {
  const { t } = useTranslation(['statistics', 'common'])
  const query = useFigureRows(figureKey, search)
  const figureText = useFigureText()
  const data = query.data
  const figure = data?.figure
  const unitWord = figure && hasUnitWord(figure.unit) ? ` ${t(`units.${figure.unit}`)}` : ''
  const label = figure?.label ?? figureKey
  const back = { asOf: search.asOf, from: search.from, committeeId: search.committeeId }
  const items: TRow[] = (data?.items ?? []).map((row) => ({
    ...row,
    id: `${row.recordType}:${row.recordId}:${row.date ?? ''}`,
  }))
  const filtered = Boolean(search.part || search.committeeId)
  return (
    <>
      <Breadcrumb
        aria-label={t('common:breadcrumb')}
        style={{ marginBottom: 8 }}
        items={[
          {
            key: 'dashboard',
            title: (
              <Link to={paths.dashboard} search={back}>
                {t('common:nav.dashboard')}
              </Link>
            ),
          },
          { key: 'figure', title: label },
        ]}
      />
      <PageHeader
        title={t('rows.title', { label })}
        description={
          data &&
          (isPeriodFigure(figureKey)
            ? t('rows.periodDescription', { from: data.from, asOf: data.asOf })
            : t('rows.description', { asOf: data.asOf }))
        }
        actions={
          figure && (
            <Statistic
              title={t('rows.value')}
              value={figureText(figure.value, figure.unit)}
              valueStyle={{ fontSize: 22 }}
            />
          )
        }
      />
      <ListToolbar
        filtered={filtered}
        onReset={() => onSearchChange({ asOf: search.asOf, from: search.from, size: search.size })}
      >
        {figure && figure.parts.length > 0 && (
          <Select
            aria-label={t('rows.partFilter')}
            allowClear
            placeholder={t('rows.allParts')}
            style={{ minWidth: 200 }}
            value={search.part}
            onChange={(part: string | undefined) => onSearchChange({ ...search, part })}
            options={figure.parts.map((part) => ({
              value: part.key,
              label: `${part.label}（${formatFigureNumber(part.value, figure.unit)}）`,
            }))}
          />
        )}
        <CommitteeFilter
          label={t('dashboard.committeeFilter')}
          value={search.committeeId}
          onChange={(committeeId) => onSearchChange({ ...search, committeeId, part: undefined })}
        />
      </ListToolbar>
      <RecordList<TRow>
        caption={t('rows.tableCaption')}
        query={query}
        items={items}
        paging={searchPaging(search, data?.total, onSearchChange)}
        columns={buildColumns(t, figure, unitWord)}
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={() => onSearchChange({ asOf: search.asOf, from: search.from })}
            emptyTitle={t('rows.emptyTitle')}
            emptyHint={t('rows.emptyHint')}
          />
        }
      />
    </>
  )
}
