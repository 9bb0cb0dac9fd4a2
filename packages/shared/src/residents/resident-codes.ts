import { z } from 'zod'

/** 人口类别: how a person relates to the community (per-person residence type). */
export const populationCategories = [
  'registered',
  'permanent',
  'temporary',
  'floating',
  'separated',
] as const
export const ZPopulationCategory = z.enum(populationCategories).meta({ id: 'PopulationCategory' })
export type TPopulationCategory = z.infer<typeof ZPopulationCategory>
export const populationCategoryLabels: Record<TPopulationCategory, { zh: string; en: string }> = {
  registered: { zh: '户籍人口', en: 'Registered (hukou)' },
  permanent: { zh: '常住人口', en: 'Permanent resident' },
  temporary: { zh: '暂住人口', en: 'Temporary resident' },
  floating: { zh: '流动人口', en: 'Floating population' },
  separated: { zh: '人户分离', en: 'Living away from hukou' },
}

/** Tags clerks filter by; the care programmes and checks of the office hang off them. */
export const residentTags = [
  'elderly',
  'disabled',
  'unemployed',
  'dibao',
  'youfu',
  'living_alone',
  'left_behind',
  'veteran',
] as const
export const ZResidentTag = z.enum(residentTags).meta({ id: 'ResidentTag' })
export type TResidentTag = z.infer<typeof ZResidentTag>
export const residentTagLabels: Record<TResidentTag, { zh: string; en: string }> = {
  elderly: { zh: '老年', en: 'Elderly' },
  disabled: { zh: '残疾', en: 'Disabled' },
  unemployed: { zh: '下岗失业', en: 'Unemployed' },
  dibao: { zh: '低保', en: 'Minimum livelihood' },
  youfu: { zh: '优抚', en: 'Special care (优抚)' },
  living_alone: { zh: '独居', en: 'Living alone' },
  left_behind: { zh: '留守', en: 'Left behind' },
  veteran: { zh: '退役军人', en: 'Veteran' },
}
