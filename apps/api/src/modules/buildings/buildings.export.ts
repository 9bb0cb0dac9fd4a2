import type { TBuilding } from '@cr/shared/places/building'
import type { TExportColumn } from '../../exports/export-columns.ts'

/** 楼栋台账: the building list as a sheet. */
export const buildingExportColumns: readonly TExportColumn<TBuilding>[] = [
  { header: '标准地址', width: 30, value: (b) => b.address },
  { header: '街路巷', value: (b) => b.street },
  { header: '小区', value: (b) => b.estateName },
  { header: '楼号', value: (b) => b.buildingNumber },
  { header: '网格编码', value: (b) => b.gridCode },
  { header: '房屋数', value: (b) => b.dwellingCount },
  { header: '楼长', width: 20, value: (b) => b.leaders.map((l) => l.name).join('、') || null },
  { header: '居委会', width: 18, value: (b) => b.committee.name },
]
