import { lessorDutyLabels, rentalUseLabels } from '@cr/shared/rentals/rental-codes'
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

/** 治安责任书台账, headed as offices head the ledger (责任书编号, 出租人, 租赁起止, 月租金). */
export const rentalContractExportColumns: readonly TExportColumn<TRentalContract>[] = [
  { header: '责任书编号', width: 18, value: (c) => c.number },
  { header: '房屋地址', width: 34, value: (c) => c.property.name },
  { header: '出租人', value: (c) => c.landlord.name },
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
