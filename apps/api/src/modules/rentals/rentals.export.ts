import {
  lessorDutyLabels,
  lodgingKindLabels,
  rentalUseLabels,
  residenceReasonLabels,
} from '@cr/shared/rentals/rental-codes'
import type { TTemporaryResident } from '@cr/shared/rentals/temporary-resident'
import type { TRentalContract } from '@cr/shared/rentals/rental-contract'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import { rentalContractStatusLabels } from '@cr/shared/rentals/rental-rules'
import type { TExportColumn } from '../../exports/export-columns.ts'

/** 出租房屋台账. People are masked, as on the page. */
export const rentalPropertyExportColumns: readonly TExportColumn<TRentalProperty>[] = [
  { header: '房屋地址', width: 34, value: (p) => p.dwelling.name },
  { header: '出租人', value: (p) => p.landlord.name },
  { header: '出租人身份证号', width: 22, value: (p) => p.landlord.idNumberMasked },
  { header: '出租人电话', width: 16, value: (p) => p.landlord.phoneMasked },
  { header: '代理人', value: (p) => p.agent?.name ?? null },
  { header: '房屋用途', value: (p) => rentalUseLabels[p.use].zh },
  { header: '出租间数', value: (p) => p.rooms },
  { header: '出租面积（㎡）', value: (p) => p.area },
  { header: '核定居住人数', value: (p) => p.allowedOccupants },
  { header: '实际居住人数', value: (p) => p.occupantCount },
  { header: '超员人数', value: (p) => p.occupantsOverAllowed || null },
  { header: '责任书编号', width: 18, value: (p) => p.contract?.number ?? null },
  { header: '租赁截止日期', value: (p) => p.contract?.leaseEndsOn ?? null },
  {
    header: '责任书状态',
    value: (p) => (p.contract ? rentalContractStatusLabels[p.contract.status].zh : '未签订'),
  },
  {
    header: '已确认的出租人义务',
    width: 40,
    value: (p) => p.duties.map((d) => lessorDutyLabels[d].zh).join('；') || null,
  },
  { header: '居委会', width: 18, value: (p) => p.committee.name },
]

/**
 * 治安责任书台账, headed as offices head the ledger and as the contract ledger import reads it
 * (`rental-contracts.import.ts`; `rentals.import-headers.test.ts` holds them together). People
 * are masked, as on the page.
 */
export const rentalContractExportColumns: readonly TExportColumn<TRentalContract>[] = [
  { header: '责任书编号', width: 18, value: (c) => c.number },
  { header: '房屋地址', width: 34, value: (c) => c.property.name },
  { header: '出租人', value: (c) => c.landlord.name },
  { header: '出租人身份证号', width: 22, value: (c) => c.landlord.idNumberMasked },
  { header: '出租人联系电话', width: 16, value: (c) => c.landlord.phoneMasked },
  { header: '房屋用途', value: (c) => rentalUseLabels[c.use].zh },
  { header: '签订日期', value: (c) => c.signedOn },
  { header: '租赁开始日期', value: (c) => c.leaseStartsOn },
  { header: '租赁结束日期', value: (c) => c.leaseEndsOn },
  { header: '月租金（元）', value: (c) => c.monthlyRent },
  { header: '状态', value: (c) => rentalContractStatusLabels[c.status].zh },
  { header: '注销日期', value: (c) => c.cancelledOn },
  { header: '注销原因', width: 24, value: (c) => c.cancelReason },
  { header: '续签自', width: 18, value: (c) => c.renews?.name ?? null },
  { header: '居委会', width: 18, value: (c) => c.committee.name },
]

const timelinessLabels: Record<TTemporaryResident['timeliness'], string> = {
  on_time: '按时',
  late: '逾期申报',
  due: '待申报',
  overdue: '逾期未申报',
}

/**
 * 暂住人口登记表, headed as the temporary-resident ledger import reads it
 * (`temporary-residents.import.ts`; `rentals.import-headers.test.ts` holds them together).
 */
export const temporaryResidentExportColumns: readonly TExportColumn<TTemporaryResident>[] = [
  { header: '姓名', value: (r) => r.person.name },
  { header: '身份证号', width: 22, value: (r) => r.person.idNumberMasked },
  { header: '联系电话', width: 16, value: (r) => r.person.phoneMasked },
  { header: '户籍地', width: 28, value: (r) => r.householdRegion },
  { header: '暂住地址', width: 34, value: (r) => r.dwelling.name },
  { header: '居住类型', value: (r) => lodgingKindLabels[r.lodging].zh },
  { header: '暂住事由', value: (r) => residenceReasonLabels[r.reason].zh },
  { header: '服务处所', width: 24, value: (r) => r.employer },
  { header: '入住日期', value: (r) => r.movedInOn },
  { header: '申报期限', value: (r) => r.deadline },
  { header: '登记日期', value: (r) => r.declaredOn },
  { header: '申报情况', value: (r) => timelinessLabels[r.timeliness] },
  { header: '责任书编号', width: 18, value: (r) => r.contract?.name ?? null },
  { header: '居住证号', width: 20, value: (r) => r.permit?.number ?? null },
  { header: '签注到期日', value: (r) => r.permit?.endorsementDueOn ?? null },
  { header: '注销日期', value: (r) => r.leftOn },
  { header: '居委会', width: 18, value: (r) => r.committee.name },
]
