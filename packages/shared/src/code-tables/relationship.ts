import { defineCodeTable } from './code-table.ts'

/**
 * GB/T 4761-2008 家庭关系代码 (two-digit codes): a household member's relationship to the head.
 * The head is `02`; `01 本人` is for forms about one person.
 */
export const relationshipTable = defineCodeTable('GB/T 4761', [
  { code: '01', name: '本人' },
  { code: '02', name: '户主' },
  { code: '10', name: '配偶' },
  { code: '11', name: '夫' },
  { code: '12', name: '妻' },
  { code: '20', name: '子' },
  { code: '21', name: '独生子' },
  { code: '22', name: '长子' },
  { code: '23', name: '次子' },
  { code: '24', name: '三子' },
  { code: '25', name: '四子' },
  { code: '26', name: '五子' },
  { code: '27', name: '养子或继子' },
  { code: '28', name: '女婿' },
  { code: '29', name: '其他儿子' },
  { code: '30', name: '女' },
  { code: '31', name: '独生女' },
  { code: '32', name: '长女' },
  { code: '33', name: '次女' },
  { code: '34', name: '三女' },
  { code: '35', name: '四女' },
  { code: '36', name: '五女' },
  { code: '37', name: '养女或继女' },
  { code: '38', name: '儿媳' },
  { code: '39', name: '其他女儿' },
  { code: '40', name: '孙子、孙女或外孙子、外孙女' },
  { code: '41', name: '孙子' },
  { code: '42', name: '孙女' },
  { code: '43', name: '外孙子' },
  { code: '44', name: '外孙女' },
  { code: '45', name: '孙媳妇或外孙媳妇' },
  { code: '46', name: '孙女婿或外孙女婿' },
  { code: '47', name: '曾孙子或外曾孙子' },
  { code: '48', name: '曾孙女或外曾孙女' },
  { code: '49', name: '其他孙子、孙女或外孙子、外孙女' },
  { code: '50', name: '父母' },
  { code: '51', name: '父亲' },
  { code: '52', name: '母亲' },
  { code: '53', name: '公公' },
  { code: '54', name: '婆婆' },
  { code: '55', name: '岳父' },
  { code: '56', name: '岳母' },
  { code: '57', name: '继父或养父' },
  { code: '58', name: '继母或养母' },
  { code: '59', name: '其他父母关系' },
  { code: '60', name: '祖父母或外祖父母' },
  { code: '61', name: '祖父' },
  { code: '62', name: '祖母' },
  { code: '63', name: '外祖父' },
  { code: '64', name: '外祖母' },
  { code: '65', name: '配偶的祖父母或外祖父母' },
  { code: '66', name: '曾祖父' },
  { code: '67', name: '曾祖母' },
  { code: '68', name: '配偶的曾祖父母或外曾祖父母' },
  { code: '69', name: '其他祖父母或外祖父母关系' },
  { code: '70', name: '兄弟姐妹' },
  { code: '71', name: '兄' },
  { code: '72', name: '嫂' },
  { code: '73', name: '弟' },
  { code: '74', name: '弟媳' },
  { code: '75', name: '姐姐' },
  { code: '76', name: '姐夫' },
  { code: '77', name: '妹妹' },
  { code: '78', name: '妹夫' },
  { code: '79', name: '其他兄弟姐妹' },
  { code: '80', name: '其他' },
  { code: '81', name: '伯父' },
  { code: '82', name: '伯母' },
  { code: '83', name: '叔父' },
  { code: '84', name: '婶母' },
  { code: '85', name: '舅父' },
  { code: '86', name: '舅母' },
  { code: '87', name: '姨父' },
  { code: '88', name: '姨母' },
  { code: '89', name: '姑父' },
  { code: '90', name: '姑母' },
  { code: '91', name: '堂兄弟、堂姐妹' },
  { code: '92', name: '表兄弟、表姐妹' },
  { code: '93', name: '侄子' },
  { code: '94', name: '侄女' },
  { code: '95', name: '外甥' },
  { code: '96', name: '外甥女' },
  { code: '97', name: '其他亲属' },
  { code: '99', name: '非亲属' },
] as const)

/** Words ledgers use that are not the standard's names. */
export const relationshipAliases: Record<string, string> = {
  丈夫: '11',
  妻子: '12',
  儿子: '20',
  女儿: '30',
  父: '51',
  母: '52',
  孙: '41',
  孙女儿: '42',
  哥哥: '71',
  弟弟: '73',
  姐: '75',
  妹: '77',
}

/**
 * The sex a relationship implies (GB/T 2261.1: `1` male, `2` female), or null when it implies
 * none (本人, 户主, 配偶, 父母, 兄弟姐妹 …): 子 is a son, 妻 a wife. A ledger row whose
 * relationship contradicts the ID number's sex is worth a look, not a refusal — the relationship
 * may be miswritten, or the number.
 */
export const relationshipSex = (code: string): '1' | '2' | null => {
  if (maleRelationships.has(code)) return '1'
  if (femaleRelationships.has(code)) return '2'
  return null
}

/**
 * The one relationship-versus-sex rule (imports, the household forms): a relationship that
 * implies the other sex than the person's (子 for a woman, 妻 for a man) — what it implies and
 * what the person is — or null. A warning to confirm, never a refusal.
 */
export const relationshipSexMismatch = (
  relationship: string,
  sex: '1' | '2' | null | undefined,
): { implied: '1' | '2'; actual: '1' | '2' } | null => {
  const implied = relationshipSex(relationship)
  if (implied === null || !sex || implied === sex) return null
  return { implied, actual: sex }
}

const maleRelationships = new Set([
  ...['11', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29'],
  ...['41', '43', '46', '47', '51', '53', '55', '57', '61', '63', '66'],
  ...['71', '73', '76', '78', '81', '83', '85', '87', '89', '93', '95'],
])
const femaleRelationships = new Set([
  ...['12', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39'],
  ...['42', '44', '45', '48', '52', '54', '56', '58', '62', '64', '67'],
  ...['72', '74', '75', '77', '82', '84', '86', '88', '90', '94', '96'],
])
