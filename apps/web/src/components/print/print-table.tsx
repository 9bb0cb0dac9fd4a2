import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldRows } from './print-format'

export type TPrintColumn<T> = {
  key: string
  title: string
  render: (row: T, index: number) => ReactNode
  /** `num` right-aligns amounts, `center` short codes and dates. */
  align?: 'num' | 'center'
  /** Kept on one line (names): the other columns wrap instead. */
  nowrap?: boolean
}

type TTableProps<T> = {
  caption: string
  columns: TPrintColumn<T>[]
  rows: T[]
  rowKey: (row: T) => string
  /** A 序号 column first (the forms number their rows). */
  numbered?: boolean
  /** A last row after the data (合计), not repeated on each page. */
  footer?: ReactNode
  empty?: string
}

const cellClass = ({ align, nowrap }: Pick<TPrintColumn<unknown>, 'align' | 'nowrap'>) =>
  align === 'num'
    ? 'print-num'
    : align === 'center'
      ? 'print-center'
      : nowrap
        ? 'print-nowrap'
        : undefined

/**
 * A plain bordered table for paper: its header row repeats on every page and a row is never
 * cut across two (print.css). The caption names it for screen readers and the tests.
 */
export const PrintTable = <T,>(props: TTableProps<T>) => {
  const { caption, columns, rows, rowKey, numbered = true, footer, empty } = props
  const { t } = useTranslation('print')
  const span = columns.length + (numbered ? 1 : 0)
  return (
    <table className="print-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {numbered && <th scope="col">{t('index')}</th>}
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={span} className="print-center">
              {empty ?? t('empty')}
            </td>
          </tr>
        ) : (
          rows.map((row, i) => (
            <tr key={rowKey(row)}>
              {numbered && <td className="print-center">{i + 1}</td>}
              {columns.map((c) => (
                <td key={c.key} className={cellClass(c)}>
                  {c.render(row, i)}
                </td>
              ))}
            </tr>
          ))
        )}
        {footer}
      </tbody>
    </table>
  )
}

export type TPrintField = { key: string; label: string; value: ReactNode; wide?: boolean }

/**
 * Label and value pairs in a bordered grid, `perRow` pairs a row (a wide field takes the rest of
 * its row): the 信息表 form.
 */
export const PrintFields = ({
  caption,
  fields,
  perRow = 2,
}: {
  caption: string
  fields: TPrintField[]
  perRow?: number
}) => {
  const rows = fieldRows(fields, perRow)
  return (
    <table className="print-table print-fields">
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rows.map((pairs) => (
          <tr key={pairs.map((p) => p.key).join()}>
            {pairs.map((p, i) => {
              // The last pair of a short row spans what the row lacks.
              const rest = i === pairs.length - 1 ? (perRow - pairs.length) * 2 : 0
              return [
                <th key={`${p.key}-label`} scope="row">
                  {p.label}
                </th>,
                <td key={p.key} colSpan={rest + 1}>
                  {p.value}
                </td>,
              ]
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
