import { ZDate } from '@cr/shared/common/record'

/**
 * A date input's value for a contract field that defaults to today: the picker holds `null`
 * when blank, the contract wants the field left out.
 */
export const ZOptionalFormDate = ZDate.nullish().transform((v) => v ?? undefined)
