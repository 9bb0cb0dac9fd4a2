import { describe, expect, it } from 'vitest'
import { ZSubsidyCaseListQuery } from '@cr/shared/subsidies/subsidy-case'
import { subsidyClassifications } from '@cr/shared/subsidies/subsidy-review'
import { subsidyStages } from '@cr/shared/subsidies/subsidy-steps'
import {
  ZSubsidyCasesSearch,
  classificationFilters,
  stageFilters,
  subsidyCaseSorts,
  toSubsidyCaseListQuery,
} from './subsidy-case-search'

describe('the 低保案件 list search', () => {
  it('offers exactly the contract’s stages, classifications and sorts', () => {
    expect([...stageFilters]).toEqual([...subsidyStages])
    expect([...classificationFilters]).toEqual([...subsidyClassifications])
    for (const sort of subsidyCaseSorts)
      expect(ZSubsidyCaseListQuery.safeParse({ sort }).success).toBe(true)
  })

  it('drops bad values from the URL and gives the API a query it accepts', () => {
    const search = ZSubsidyCasesSearch.parse({
      stage: 'nonsense',
      classification: 'changing',
      reviewOverdue: true,
      amountBand: '500to999',
      sort: 'name',
      q: '  王 ',
    })
    expect(search).toMatchObject({ stage: undefined, sort: '-appliedOn', q: '王' })
    const query = toSubsidyCaseListQuery(search)
    expect(ZSubsidyCaseListQuery.parse(query)).toMatchObject({
      classification: 'changing',
      reviewOverdue: true,
      q: '王',
      minAmountFen: 50_000,
      maxAmountFen: 99_999,
    })
  })
})
