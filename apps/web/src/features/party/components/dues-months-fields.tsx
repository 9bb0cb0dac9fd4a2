import { addMonthsToMonth, isCalendarDate, monthOf, todayInChina } from '@cr/shared/party/calendar'
import { advancePaymentLimitMonths } from '@cr/shared/party/dues-roll'
import { useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { MonthInput } from '@/components/ui/month-input'

/** What a dues payment form holds besides its own fields. */
export type TDuesMonthsValues = {
  month: string | null
  toMonth: string | null
  paidOn: string | null
}

/**
 * The months paid for (one, or a run: 按季度, 预交 up to a year after the month of payment) and
 * the day they were paid: one member's 登记党费 and the roster's 批量登记党费 alike.
 */
export const DuesMonthsFields = <TOut,>({
  control,
}: {
  control: Control<TDuesMonthsValues, unknown, TOut>
}) => {
  const { t } = useTranslation('party')
  const [month, paidOn] = useWatch({ control, name: ['month', 'paidOn'] })
  const latest = addMonthsToMonth(
    monthOf(paidOn && isCalendarDate(paidOn) ? paidOn : todayInChina()),
    advancePaymentLimitMonths,
  )
  return (
    <>
      <div className="party-form-grid">
        <FormField
          control={control}
          name="month"
          label={t('steps.fields.month')}
          extra={t('steps.help.month')}
          required
        >
          {(field, a11y) => (
            <MonthInput {...a11y} value={field.value} onChange={field.onChange} max={latest} />
          )}
        </FormField>
        <FormField
          control={control}
          name="toMonth"
          label={t('steps.fields.toMonth')}
          extra={t('steps.help.toMonth')}
        >
          {(field, a11y) => (
            <MonthInput
              {...a11y}
              value={field.value}
              onChange={field.onChange}
              min={month ?? undefined}
              max={latest}
              allowClear
            />
          )}
        </FormField>
      </div>
      <FormField control={control} name="paidOn" label={t('steps.fields.paidOn')} required>
        {(field, a11y) => <DateInput {...a11y} value={field.value} onChange={field.onChange} />}
      </FormField>
    </>
  )
}
