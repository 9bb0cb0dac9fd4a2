import { z } from 'zod'

type TLabels<T extends string> = Record<T, { zh: string; en: string }>

/** 房屋用途 of a rented dwelling. */
export const rentalUses = ['residential', 'business', 'production', 'storage', 'other'] as const
export const ZRentalUse = z.enum(rentalUses).meta({ id: 'RentalUse' })
export type TRentalUse = z.infer<typeof ZRentalUse>
export const rentalUseLabels: TLabels<TRentalUse> = {
  residential: { zh: '居住', en: 'Residential' },
  business: { zh: '经营', en: 'Business' },
  production: { zh: '生产', en: 'Production' },
  storage: { zh: '仓储', en: 'Storage' },
  other: { zh: '其他', en: 'Other' },
}

/** The lessor's duties (公安部令第24号 第七条), the checklist the landlord confirms. */
export const lessorDuties = [
  'valid_id',
  'lease_signed',
  'tenants_declared',
  'tenant_records',
  'report_suspicion',
  'safety_checks',
  'notify_end',
] as const
export const ZLessorDuty = z.enum(lessorDuties).meta({ id: 'LessorDuty' })
export type TLessorDuty = z.infer<typeof ZLessorDuty>
export const lessorDutyLabels: TLabels<TLessorDuty> = {
  valid_id: { zh: '不将房屋出租给无合法有效证件的承租人', en: 'No tenant without valid ID' },
  lease_signed: { zh: '与承租人签订租赁合同', en: 'A lease is signed' },
  tenants_declared: { zh: '承租人入住 3 个工作日内申报暂住登记', en: 'Tenants declared in time' },
  tenant_records: {
    zh: '登记承租人姓名、性别、年龄、户籍地、职业、服务处所',
    en: 'Tenants’ details kept',
  },
  report_suspicion: { zh: '发现违法犯罪活动或嫌疑及时报告', en: 'Suspicious activity reported' },
  safety_checks: { zh: '定期检查房屋安全，及时消除隐患', en: 'Regular safety checks' },
  notify_end: { zh: '租赁结束及时告知注销登记', en: 'Notice when a tenancy ends' },
}

/** What an inspection checks. */
export const inspectionItems = [
  'fire_safety',
  'exits',
  'electrical',
  'hazardous_goods',
  'occupant_count',
  'illegal_structures',
] as const
export const ZInspectionItem = z.enum(inspectionItems).meta({ id: 'InspectionItem' })
export type TInspectionItem = z.infer<typeof ZInspectionItem>
export const inspectionItemLabels: TLabels<TInspectionItem> = {
  fire_safety: { zh: '消防安全', en: 'Fire safety' },
  exits: { zh: '安全出口', en: 'Exits' },
  electrical: { zh: '用电安全', en: 'Electrical' },
  hazardous_goods: { zh: '危险物品', en: 'Hazardous goods' },
  occupant_count: { zh: '居住人数', en: 'Occupant count' },
  illegal_structures: { zh: '违章搭建', en: 'Illegal structures' },
}

/** 暂住事由. */
export const residenceReasons = ['work', 'business', 'study', 'family', 'other'] as const
export const ZResidenceReason = z.enum(residenceReasons).meta({ id: 'ResidenceReason' })
export type TResidenceReason = z.infer<typeof ZResidenceReason>
export const residenceReasonLabels: TLabels<TResidenceReason> = {
  work: { zh: '务工', en: 'Work' },
  business: { zh: '经商', en: 'Business' },
  study: { zh: '就学', en: 'Study' },
  family: { zh: '投亲靠友', en: 'Staying with family or friends' },
  other: { zh: '其他', en: 'Other' },
}

/** Where a temporary resident lives: a rented dwelling, with a household, a dormitory. */
export const lodgingKinds = ['rented', 'with_household', 'dormitory'] as const
export const ZLodgingKind = z.enum(lodgingKinds).meta({ id: 'LodgingKind' })
export type TLodgingKind = z.infer<typeof ZLodgingKind>
export const lodgingKindLabels: TLabels<TLodgingKind> = {
  rented: { zh: '租住出租房屋', en: 'Rented dwelling' },
  with_household: { zh: '借住亲友家', en: 'With a household' },
  dormitory: { zh: '单位宿舍', en: 'Employer’s dormitory' },
}

/** Who reported a person pending registration. */
export const pendingSources = ['inspection', 'building_leader', 'landlord', 'other'] as const
export const ZPendingSource = z.enum(pendingSources).meta({ id: 'PendingSource' })
export type TPendingSource = z.infer<typeof ZPendingSource>
export const pendingSourceLabels: TLabels<TPendingSource> = {
  inspection: { zh: '检查发现', en: 'Found by an inspection' },
  building_leader: { zh: '楼长报告', en: 'Reported by a building leader' },
  landlord: { zh: '房东报告', en: 'Reported by the landlord' },
  other: { zh: '其他', en: 'Other' },
}

export const pendingStates = ['pending', 'registered', 'cleared'] as const
export const ZPendingState = z.enum(pendingStates).meta({ id: 'PendingRegistrationState' })
export type TPendingState = z.infer<typeof ZPendingState>
export const pendingStateLabels: TLabels<TPendingState> = {
  pending: { zh: '待登记', en: 'Pending' },
  registered: { zh: '已登记', en: 'Registered' },
  cleared: { zh: '已核销', en: 'Cleared' },
}
