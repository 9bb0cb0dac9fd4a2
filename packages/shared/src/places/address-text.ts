/**
 * A dwelling's address written in one cell, as offices write it in their ledgers (出租房屋台账,
 * 暂住人口登记, 低保 and patrol ledgers): `永兴路3号楼2单元301`, `永兴路３号楼２单元３０１室`
 * (full-width digits), `永兴路3-2-301`, `永兴路3栋2单元301室`, `永兴路3幢301`, `永兴路3号301`.
 * Pure: the caller matches the parts to the places tree.
 *
 * - The street is everything before the building number (`永兴社区永兴路` stays whole: the
 *   caller matches it to a known street by its end).
 * - The building is a number, optionally with a letter (`3`, `12A`), followed by 号楼, 栋, 幢, 座,
 *   号, 楼 or `#`, or by a dash.
 * - The unit (optional) is a number followed by 单元 or a dash.
 * - The room is a number (with an optional letter), optionally followed by 室, 号, 户 or 房.
 *
 * Anything else — Chinese numerals (`三号楼`), a floor (`3楼301`), a missing room — is not read
 * (null): the caller says so rather than guessing.
 */
export type TAddressParts = {
  street: string
  /** The building's number without its word: `3`, `12A`. */
  buildingKey: string
  unit: string | null
  room: string
}

const separator = '[-_/]'
const buildingWord = '(?:号楼|栋|幢|座|号|楼|#)'
const pattern = new RegExp(
  `^(.*?\\D)(\\d+[A-Za-z]?)(?:${buildingWord}${separator}?|${separator})` +
    `(?:(\\d+)(?:单元${separator}?|${separator}))?` +
    `(\\d+[A-Za-z]?)(?:室|号|户|房)?$`,
)

/** Full-width digits, letters and dashes as ASCII; spaces removed. */
export const addressComparable = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\uFF0D\u2014\u2013\u2012\u2212]/g, '-')
    .replace(/\s+/g, '')

export const parseAddressText = (text: string): TAddressParts | null => {
  const m = pattern.exec(addressComparable(text))
  if (!m) return null
  const street = m[1]!.replace(/[-_/,，]+$/, '')
  if (!street || /\d$/.test(street)) return null
  return {
    street,
    buildingKey: m[2]!.toUpperCase(),
    unit: m[3] ? String(Number(m[3])) : null,
    room: m[4]!.toUpperCase(),
  }
}

/** A building number as written in the tree (`3号楼`, `3栋`, `3`) reduced to its key (`3`). */
export const buildingKeyOf = (buildingNumber: string) =>
  addressComparable(buildingNumber)
    .replace(/(号楼|栋|幢|座|号|楼|#)$/, '')
    .toUpperCase()
