import { dwellingUseLabels, type TDwelling } from '@cr/shared/places/dwelling'
import type { TExportColumn } from '../../exports/export-columns.ts'

/** 房屋台账: the dwelling list as a sheet (owners' ID numbers masked, as everywhere). */
export const dwellingExportColumns: readonly TExportColumn<TDwelling>[] = [
  { header: '标准地址', width: 34, value: (d) => d.address },
  { header: '楼栋', width: 26, value: (d) => d.building.name },
  { header: '单元', value: (d) => d.unit },
  { header: '室号', value: (d) => d.room },
  { header: '面积（㎡）', value: (d) => (d.area === null ? null : Number(d.area)) },
  { header: '用途', value: (d) => dwellingUseLabels[d.use].zh },
  { header: '产权人', value: (d) => d.owner.resident?.name ?? d.owner.name },
  { header: '产权人证件号', width: 22, value: (d) => d.owner.idNumberMasked },
  { header: '居委会', width: 18, value: (d) => d.committee.name },
]
