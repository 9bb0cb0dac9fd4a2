import type { TErrorCode } from '@cr/shared/common/error-messages'
import { messageFor } from '@cr/shared/common/issue'

/**
 * Codes only the importer uses, in the shape of the shared `errorMessages`. They live here while
 * the engine is built; when the API exposes them they move into
 * `packages/shared/src/common/error-messages.ts` so the web app shows the same text.
 */
export const importMessages = {
  // File-level (ImportFileError)
  file_format_unsupported: {
    zh: '只支持 .xlsx 和 .csv 文件；旧版 .xls 请在 Excel 中另存为 .xlsx',
    en: 'Only .xlsx and .csv files are supported; save an old .xls as .xlsx',
  },
  file_unreadable: {
    zh: '文件已损坏或不是有效的 Excel 文件',
    en: 'The file is damaged or not a valid Excel workbook',
  },
  sheet_not_found: { zh: '工作簿中没有可读取的工作表', en: 'The workbook has no readable sheet' },
  encoding_invalid: {
    zh: '文件编码无法识别，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”',
    en: 'The file encoding is not recognised; save it as CSV UTF-8',
  },
  csv_malformed: {
    zh: 'CSV 文件格式错误（引号不配对或一行过长）',
    en: 'The CSV is malformed (unbalanced quotes or an over-long row)',
  },
  header_not_found: {
    zh: '没有找到表头行：前 30 行中没有一行包含足够的已知列名（如 姓名、身份证号）',
    en: 'No header row found in the first 30 rows',
  },
  column_missing: { zh: '缺少必需的列', en: 'A required column is missing' },
  // Said after column_missing, once for the file ({…} filled in by column-missing.ts).
  column_missing_group: {
    zh: '{group}的{columns}要一起有（表中有其中的列）。',
    en: 'The {group} columns {columns} go together (the sheet has some of them). ',
  },
  column_missing_unrecognised: {
    zh: '表中没有认出的列：{headers}；如果其中一列就是所缺的列，请在“列对应”中为它选择字段后重新检查。',
    en: 'Columns not recognised: {headers}; if one of them is the missing column, map it under "Columns" and check again.',
  },
  column_missing_all_recognised: {
    zh: '表中的列都已认出；请在表中加上所缺的列后重新上传。',
    en: 'Every column of the sheet was recognised; add the missing column and upload again.',
  },
  mapping_invalid: {
    zh: '列对应关系有误：指定的列或字段不存在',
    en: 'The column mapping names an unknown column or field',
  },

  // Row-level (TImportProblem)
  date_invalid: {
    zh: '日期无法识别，请写成 2004-03-15、2004/3/15 或 2004年3月15日',
    en: 'Not a recognisable date; write 2004-03-15',
  },
  date_month_only: {
    zh: '这里需要完整的年月日，不能只写年月',
    en: 'A full date is needed here, not only year and month',
  },
  text_too_long: { zh: '内容过长', en: 'Too long' },
  value_invalid: { zh: '内容格式不正确', en: 'Invalid value' },
  committee_required: {
    zh: '请在表中填写居委会，或在导入时选择居委会',
    en: 'Give the committee in the sheet or choose one for the import',
  },
  address_incomplete: {
    zh: '住址不完整：没有填写{parts}（街路巷、楼号和室号要一起填写）',
    en: 'Incomplete address: {parts} left blank (street, building and room go together)',
  },
  home_address_unplaced: {
    zh: '此人尚未登记，家庭住址对不上系统中某个居委会的楼栋；请填写居委会列，或在导入时选择居委会',
    en: 'Not registered yet, and the home address matches no building of one committee; give the committee',
  },
  relationship_sex_mismatch: {
    zh: '“{relationship}”是{implied}性的称谓，身份证号却是{actual}性的；请核对与户主关系或身份证号（仍会导入）',
    en: 'The relationship implies the other sex than the ID number; check either (imported all the same)',
  },
  household_address_missing: {
    zh: '填写了与户主关系，但没有填写住址',
    en: 'A relationship to the head needs an address',
  },
  id_number_taken_elsewhere: {
    zh: '该身份证号已在其他居委会登记，不能由本次导入修改',
    en: 'This ID number is registered in another committee',
  },
  household_elsewhere: {
    zh: '此人已是另一户的成员；迁户请在系统中使用“迁移成员”',
    en: 'Already a member of another household; move them in the app',
  },
  household_head_duplicate: {
    zh: '同一住址有两位户主',
    en: 'A second head for the same dwelling',
  },
  household_head_conflict: {
    zh: '该住址已有户主，与表中的户主不是同一人',
    en: 'The dwelling already has another head',
  },
  // Said also when the head's row is in the sheet but refused (a bad ID number): refused rows are
  // not staged, so this check cannot tell the two apart — the text names both.
  household_head_missing: {
    zh: '同一住址没有可导入的户主：表中没有与户主关系为“户主”的一行，或户主那一行有误（请先改正那一行）',
    en: 'No head for this dwelling can be imported: no 户主 row, or the head’s row has an error (correct it first)',
  },
  party_branch_unknown: {
    zh: '系统中没有这个党支部（或党小组）；请先在党组织中建立，或改正名称',
    en: 'No branch or group of this name in the organisation tree',
  },
  party_branch_ambiguous: {
    zh: '党组织中有多个同名的支部或小组，无法确定是哪一个',
    en: 'Several branches or groups have this name',
  },
  co_building_unit_ambiguous: {
    zh: '系统中有多个同名的共建单位，无法确定是哪一个',
    en: 'Several co-building units have this name',
  },
  period_invalid: {
    zh: '起止日期无法识别，请写成 2024.1.1-2024.12.31 或 2024年1月1日至2024年12月31日',
    en: 'Not a recognisable period; write 2024-01-01至2024-12-31',
  },
  rent_invalid: {
    zh: '租金无法识别，请写成元，如 1500 或 1500.00',
    en: 'Not a recognisable rent; write yuan, such as 1500.00',
  },
  address_unparsed: {
    zh: '地址无法识别：请写成 街路巷+楼号+单元+室号，如 永兴路3号楼2单元301 或 永兴路3-2-301（楼号、单元、室号用阿拉伯数字）',
    en: 'Address not recognised; write street, building, unit and room, such as 永兴路3号楼2单元301',
  },
  rental_address_unplaced: {
    zh: '无法确定该行属于哪个居委会：地址中的街路巷和楼号对不上系统中已有的楼栋（或不在您的管辖范围内）；请填写居委会列、在导入时选择居委会，或先在系统中建立该楼栋',
    en: 'The row cannot be placed: its street and building match no known building in your scope; give the committee',
  },
  rental_address_ambiguous: {
    zh: '地址中的街路巷和楼号对应系统中多个楼栋，无法确定是哪一栋；请填写居委会列或写全街路巷',
    en: 'The street and building match several buildings; give the committee or the full street',
  },
  rental_landlord_mismatch: {
    zh: '该房屋已登记为出租房屋，出租人不是表中这个人；更换出租人请在系统中修改出租房屋',
    en: 'The dwelling is already registered for rent by another landlord',
  },
  rental_contract_number_unknown: {
    zh: '系统中（您的管辖范围内）没有这个责任书编号；请先导入或登记治安责任书，或改正编号',
    en: 'No contract with this number in your scope; import the contract ledger first',
  },
  temporary_resident_elsewhere: {
    zh: '此人已在另一处房屋暂住登记；变更住址请在系统中使用“迁移”',
    en: 'Already registered as living at another dwelling; move them in the app',
  },
  temporary_resident_unplaced: {
    zh: '请填写责任书编号或暂住地址（其中之一即可）',
    en: 'Give the contract number or the address where they stay',
  },
  subsidy_roll_approved_in_future: {
    zh: '批准时间不能晚于今天',
    en: 'The approval date is after today',
  },
  subsidy_roll_head_unknown: {
    zh: '户主不在居民库中：请先在居民库登记其家庭（户），再导入这一行',
    en: 'The head is not in the registry; register the household first',
  },
  subsidy_roll_household_unknown: {
    zh: '此人在居民库中，但不是您管辖范围内某一户的现有成员；请先在居民库中为其立户或入户',
    en: 'The person is registered but is no current member of a household in your scope',
  },
  subsidy_roll_household_repeated: {
    zh: '与本文件中前面一行是同一户；一户只能有一个低保案件',
    en: 'The same household as an earlier row; a household has one case',
  },
  subsidy_roll_committee_mismatch: {
    zh: '表中的居委会与居民库中该户所在的居委会不一致',
    en: 'The committee differs from the household’s committee in the registry',
  },
  subsidy_roll_covered_exceeds: {
    zh: '保障人数多于该户在居民库中共同生活的人数',
    en: 'More covered people than the household’s members living together',
  },
  subsidy_roll_amount_differs: {
    zh: '月保障金额与按当月低保标准计算的金额不一致；按表中金额导入（仍会导入）',
    en: 'The amount differs from what the month’s standard gives; imported as written',
  },
  subsidy_roll_standard_missing: {
    zh: '批准当月尚未设置低保标准，无法核对月保障金额；按表中金额导入（仍会导入）',
    en: 'No standard is set for the approval month to check the amount against; imported as written',
  },
  subsidy_roll_total_mismatch: {
    zh: '合计行与各行之和不一致，请核对（各行仍会导入）',
    en: 'The totals row disagrees with the sum of the rows (the rows are imported)',
  },
  patrol_register_team_unknown: {
    zh: '本居委会没有这个名称的巡逻队或楼长巡逻组：请先在“巡逻队”中建立，或更正队名',
    en: 'No patrol team or group of that name in the committee',
  },
  patrol_register_team_ambiguous: {
    zh: '有两个同名的巡逻队（组），无法确定是哪一个：请在导入时选择居委会，或更正队名',
    en: 'Two teams share that name; choose the committee or correct the name',
  },
  patrol_register_member_unknown: {
    zh: '队员不是该队（组）的成员：记录照常导入，此人不计入队员统计',
    en: 'Not a member of the team; the log is imported without them',
  },
  patrol_register_route_unknown: {
    zh: '没有这个名称的巡逻路线：记录照常导入，不关联路线',
    en: 'No route of that name; the log is imported without a route',
  },
  duplicate_in_file: {
    zh: '与本文件中前面的一行重复',
    en: 'Repeats an earlier row of this file',
  },
} as const satisfies Record<string, { zh: string; en: string }>

export type TImportMessageCode = keyof typeof importMessages
export type TImportFileErrorCode = Extract<
  TImportMessageCode,
  | 'file_format_unsupported'
  | 'file_unreadable'
  | 'sheet_not_found'
  | 'encoding_invalid'
  | 'csv_malformed'
  | 'header_not_found'
  | 'column_missing'
  | 'mapping_invalid'
>

/** Every code a row problem can carry: the shared field codes plus the importer's own. */
export type TProblemCode = TErrorCode | TImportMessageCode

export const problemMessage = (code: TProblemCode): string =>
  code in importMessages
    ? importMessages[code as TImportMessageCode].zh
    : messageFor(code as TErrorCode)
