import { Input } from 'antd'
import { addMonthsToMonth } from '@cr/shared/party/calendar'
import { advancePaymentLimitMonths } from '@cr/shared/party/dues-roll'
import { duesCategoryLabels, type TDuesCategory } from '@cr/shared/party/party-codes'
import type { Control, FieldPath, FieldValues } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form/form-field'
import { LabelSelect } from '@/components/ui/label-select'
import { isAmountCategory, isIncomeCategory } from '../utils/dues-input'
import { currentMonth } from '../utils/party-dates'
import { MonthInput } from '@/components/ui/month-input'

/** What a member form holds for the dues standard, as typed (yuan as text). */
export type TDuesValues = { category: TDuesCategory | undefined; income: string; amount: string }

type TProps<T extends FieldValues> = {
  control: Control<T, unknown, unknown>
  /** The category chosen now (watched by the form): which basis field is asked for. */
  category: TDuesCategory | undefined
}

/**
 * The dues category and, as the rule needs it, the monthly income (employed, retired, self-
 * employed) or the amount set (farmers, approved reductions): one block for adding a member
 * and for changing the standard later.
 */
export const DuesFields = <T extends FieldValues & { dues: TDuesValues }>({
  control,
  category,
}: TProps<T>) => {
  const { t } = useTranslation('party')
  const path = (name: keyof TDuesValues) => `dues.${name}` as FieldPath<T>
  return (
    <div className="party-form-grid">
      <FormField control={control} name={path('category')} label={t('form.duesCategory')} required>
        {(field, a11y) => (
          <LabelSelect
            {...a11y}
            labels={duesCategoryLabels}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      </FormField>
      {isIncomeCategory(category) && (
        <FormField
          control={control}
          name={path('income')}
          label={t('form.income')}
          extra={t(`form.incomeHelp.${category}`)}
          required
        >
          {(field, a11y) => <Input {...field} {...a11y} inputMode="decimal" maxLength={14} />}
        </FormField>
      )}
      {isAmountCategory(category) && (
        <FormField
          control={control}
          name={path('amount')}
          label={t('form.amount')}
          extra={t(`form.amountHelp.${category}`)}
          required
        >
          {(field, a11y) => <Input {...field} {...a11y} inputMode="decimal" maxLength={10} />}
        </FormField>
      )}
    </div>
  )
}

type TPaidThroughProps<T extends FieldValues> = {
  control: Control<T, unknown, unknown>
  /** 组织关系转入: the month as the letter states it. */
  fromLetter?: boolean
}

/**
 * 党费交至 when the member comes onto this roll (paid elsewhere, or before the office kept its
 * roll here): the months up to it owe nothing. It may run ahead as far as dues may be paid ahead.
 */
export const DuesPaidThroughField = <T extends FieldValues & { duesPaidThrough: string | null }>({
  control,
  fromLetter,
}: TPaidThroughProps<T>) => {
  const { t } = useTranslation('party')
  return (
    <FormField
      control={control}
      name={'duesPaidThrough' as FieldPath<T>}
      label={t(fromLetter ? 'form.duesPaidThroughLetter' : 'form.duesPaidThrough')}
      extra={t('form.duesPaidThroughHelp')}
    >
      {(field, a11y) => (
        <MonthInput
          {...a11y}
          value={field.value as string | null}
          onChange={field.onChange}
          max={addMonthsToMonth(currentMonth(), advancePaymentLimitMonths)}
          allowClear
        />
      )}
    </FormField>
  )
}
