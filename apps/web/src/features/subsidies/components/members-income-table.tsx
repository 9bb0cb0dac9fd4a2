import { Checkbox, Input, Table, type TableColumnsType } from 'antd'
import { incomeSourceLabels } from '@cr/shared/subsidies/subsidy-case'
import { formatYuan, parseYuan } from '@cr/shared/party/money'
import { Controller, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'
import { incomeSources, type TMemberValues } from '../utils/subsidy-member-values'

type TForm = FieldValues & { members: TMemberValues[] }
type TProps<T extends TForm> = { control: Control<T, unknown, unknown> }

/** A row's monthly income as typed, in 分 (what cannot be read counts 0 until corrected). */
const rowIncomeFen = (m: TMemberValues) =>
  incomeSources.reduce((sum, s) => {
    const parsed = m.income[s].trim() ? parseYuan(m.income[s]) : null
    return sum + (parsed?.ok ? parsed.value : 0)
  }, 0)

/**
 * 家庭成员收入: one row per member living in the household — 是否保障 and the monthly income by
 * source in yuan (家庭经济状况核查表's columns) — with each row's total and the household's.
 */
export const MembersIncomeTable = <T extends TForm>({ control }: TProps<T>) => {
  const { t, i18n } = useTranslation('subsidies')
  const members = (useWatch({ control, name: 'members' as Path<T> }) ?? []) as TMemberValues[]
  const path = (i: number, rest: string) => `members.${i}.${rest}` as Path<T>
  const columns: TableColumnsType<TMemberValues> = [
    { key: 'name', title: t('members.name'), dataIndex: 'name', width: 90, fixed: 'left' },
    {
      key: 'covered',
      title: t('members.covered'),
      width: 70,
      align: 'center',
      render: (_, m, i) => (
        <Controller
          control={control}
          name={path(i, 'covered')}
          render={({ field }) => (
            <Checkbox
              checked={Boolean(field.value)}
              onChange={(e) => field.onChange(e.target.checked)}
              aria-label={t('members.coveredOf', { name: m.name })}
            />
          )}
        />
      ),
    },
    ...incomeSources.map((source) => ({
      key: source,
      title: pickLabel(incomeSourceLabels[source], i18n.language),
      width: 120,
      render: (_: unknown, m: TMemberValues, i: number) => (
        <Controller
          control={control}
          name={path(i, `income.${source}`)}
          render={({ field, fieldState }) => (
            <>
              <Input
                {...field}
                value={String(field.value ?? '')}
                inputMode="decimal"
                placeholder="0"
                status={fieldState.error ? 'error' : undefined}
                aria-invalid={fieldState.error ? true : undefined}
                aria-label={t('members.incomeOf', {
                  name: m.name,
                  source: pickLabel(incomeSourceLabels[source], i18n.language),
                })}
              />
              {fieldState.error && (
                <div className="form-field-error" role="alert">
                  {fieldState.error.message}
                </div>
              )}
            </>
          )}
        />
      ),
    })),
    {
      key: 'total',
      title: t('members.total'),
      width: 100,
      align: 'right',
      render: (_, m) => <span className="mono">{formatYuan(rowIncomeFen(m))}</span>,
    },
  ]
  const householdFen = members.reduce((sum, m) => sum + rowIncomeFen(m), 0)
  return (
    <Table<TMemberValues>
      size="small"
      rowKey="residentId"
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={members}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2 + incomeSources.length}>
            {t('members.householdTotal', {
              count: members.length,
              covered: members.filter((m) => m.covered).length,
            })}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <span className="mono">{formatYuan(householdFen)}</span>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  )
}
