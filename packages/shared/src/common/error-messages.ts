import { provideErrorMessages } from './issue.ts'

/**
 * Stable error codes and their messages in both languages.
 * Codes are part of the API contract (clients may branch on them); messages are for people.
 * Chinese first: forms show `zh` directly, the API picks by `Accept-Language`.
 */
export const errorMessages = {
  // Problem-level codes (the `code` of a problem+json document)
  validation_failed: {
    zh: '提交的数据有误，请检查标出的字段',
    en: 'The request has invalid fields',
  },
  unauthenticated: { zh: '请先登录', en: 'Please sign in' },
  session_expired: { zh: '登录已过期，请重新登录', en: 'Your session has expired' },
  forbidden: { zh: '没有执行此操作的权限', en: 'You do not have permission for this action' },
  not_found: {
    zh: '记录不存在或无权查看',
    en: 'The record does not exist or is not visible to you',
  },
  route_not_found: { zh: '接口不存在', en: 'No such endpoint' },
  field_keys_exported: {
    zh: '当前版本的字段密钥已导出过一次；轮换密钥后才能再次导出',
    en: 'The field keys of this version were exported once already; rotate the keys to export again',
  },
  backup_key_missing: {
    zh: '服务器未设置备份密钥（BACKUP_PASSPHRASE 或 BACKUP_KEY_FILE），无法创建加密备份',
    en: 'The server has no backup key (BACKUP_PASSPHRASE or BACKUP_KEY_FILE) to encrypt a backup with',
  },
  precondition_required: {
    zh: '修改需要提供记录版本（If-Match），请刷新后重试',
    en: 'This write needs the record version in If-Match',
  },
  precondition_failed: {
    zh: '记录已被他人修改，请刷新后再保存',
    en: 'The record was changed by someone else; reload it and try again',
  },
  idempotency_key_reused: {
    zh: '同一个幂等键被用于不同的请求内容',
    en: 'This Idempotency-Key was used with a different request body',
  },
  conflict: { zh: '与已有记录冲突', en: 'Conflicts with an existing record' },
  invalid_credentials: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  account_locked: {
    zh: '连续登录失败次数过多，账户已临时锁定，请稍后再试',
    en: 'Too many failed sign-ins; the account is locked for a while',
  },
  account_inactive: { zh: '账户已停用或已过期', en: 'The account is disabled or expired' },
  password_change_required: {
    zh: '请先修改初始密码或已过期的密码',
    en: 'You must change your password first',
  },
  cross_site_request: {
    zh: '请求不是从本系统的页面发出的，已拒绝；请在本系统中重新操作',
    en: 'The request did not come from this application and was refused',
  },
  rate_limited: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  payload_too_large: { zh: '提交的内容过大', en: 'The request body is too large' },
  uri_too_long: { zh: '请求地址过长', en: 'The request URI is too long' },
  unsupported_media_type: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  database_unavailable: {
    zh: '数据库暂时不可用，请稍后重试',
    en: 'The database is temporarily unavailable',
  },
  service_unavailable: { zh: '服务正在停止或繁忙，请稍后重试', en: 'The service is unavailable' },
  job_queue_unavailable: {
    zh: '后台任务队列未运行，导入和定时任务暂停',
    en: 'The background job queue is not running',
  },
  internal_error: { zh: '服务器内部错误，请联系管理员', en: 'Internal server error' },
  bad_request: { zh: '请求格式错误', en: 'Malformed request' },
  invalid_cursor: { zh: '分页游标无效，请从第一页重新查询', en: 'Invalid pagination cursor' },
  page_with_cursor: {
    zh: '页码与分页游标只能二选一',
    en: 'Give either a page number or a cursor, not both',
  },

  // Field-level codes (the `code` of an entry in `errors[]`)
  required: { zh: '必填', en: 'Required' },
  json_too_deep: { zh: '提交的数据嵌套层数过多', en: 'The JSON nests too deeply' },
  text_invalid_characters: {
    zh: '含有无法保存的字符（空字符或残缺的 Unicode 字符），请删除后重新输入',
    en: 'Contains characters that cannot be stored (NUL or a broken Unicode character)',
  },
  phone_invalid: { zh: '电话号码格式不正确', en: 'Not a valid phone number' },
  username_format: {
    zh: '用户名只能包含字母、数字、下划线、点和短横线，3-32 位',
    en: 'Username: 3-32 letters, digits, _ . -',
  },
  username_taken: { zh: '用户名已被使用', en: 'This username is taken' },
  committee_name_taken: { zh: '已有同名的居委会', en: 'A committee with this name exists' },
  committee_code_taken: {
    zh: '该编码已被其他居委会使用',
    en: 'This code is used by another committee',
  },
  committee_code_format: {
    zh: '编码只能包含数字、字母和短横线',
    en: 'The code may contain digits, letters and dashes only',
  },
  committee_unknown: { zh: '居委会不存在', en: 'Unknown committee' },
  committees_required: {
    zh: '工作人员、查看者、巡逻队员和楼长至少要分配一个居委会',
    en: 'Clerks, viewers, patrol members and building leaders need at least one committee',
  },
  password_too_short: { zh: '密码至少 8 位', en: 'At least 8 characters' },
  password_too_long: { zh: '密码最多 64 位', en: 'At most 64 characters' },
  password_classes: {
    zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'Use at least three of: upper case, lower case, digits, symbols',
  },
  password_common: {
    zh: '密码过于常见或包含系统相关词，请换一个',
    en: 'This password is too common',
  },
  password_contains_username: {
    zh: '密码不能包含用户名',
    en: 'The password contains the username',
  },
  password_reused: {
    zh: '新密码不能与当前密码相同',
    en: 'The new password equals the current one',
  },
  current_password_wrong: { zh: '当前密码不正确', en: 'The current password is wrong' },
  date_out_of_range: {
    zh: '日期超出可登记的范围（1800 年至 2199 年）',
    en: 'The date must lie between 1800 and 2199',
  },
  date_in_past: { zh: '日期不能早于今天', en: 'The date must not be in the past' },
  token_expiry_too_far: { zh: '令牌有效期最长一年', en: 'Tokens expire within a year' },
  id_number_scientific: {
    zh: '身份证号被 Excel 显示成了科学计数法（如 3.70521E+17），后几位已经丢失，请把该列设为文本后重新录入',
    en: 'Excel turned this ID number into scientific notation; its last digits are lost. Re-enter it as text',
  },
  id_number_length: {
    zh: '身份证号应为 18 位（或 15 位旧号码）',
    en: 'An ID number has 18 characters (or 15 for old ones)',
  },
  id_number_format: {
    zh: '身份证号只能是数字，最后一位可以是 X',
    en: 'An ID number is digits, the last may be X',
  },
  id_number_region: {
    zh: '身份证号前 6 位不是有效的地区代码',
    en: 'The first six digits are not a valid region code',
  },
  id_number_birth_date: {
    zh: '身份证号中的出生日期不存在',
    en: 'The birth date inside the ID number does not exist',
  },
  id_number_check_digit: {
    zh: '身份证号校验位错误，请核对每一位',
    en: 'The check digit is wrong; check every digit',
  },
  id_number_taken: {
    zh: '该身份证号已登记，一个身份证号只能对应一个人',
    en: 'This ID number is already registered to a person',
  },
  id_number_registered_elsewhere: {
    zh: '该身份证号已在其他居委会登记。如此人已搬入本社区，请联系原居委会办理迁出，或请领导协调迁入',
    en: 'This ID number is registered in another committee. If the person moved here, ask that committee to move them out, or a supervisor to arrange the move',
  },
  sex_mismatch: { zh: '性别与身份证号不符', en: 'The sex contradicts the ID number' },
  sex_required: {
    zh: '该证件号码不含性别信息，请选择性别',
    en: 'This number does not say the sex: choose it',
  },
  birth_date_mismatch: {
    zh: '出生日期与身份证号不符',
    en: 'The birth date contradicts the ID number',
  },
  code_unknown: { zh: '不是代码表中的有效代码', en: 'Not a code of this table' },
  building_unknown: { zh: '楼栋不存在', en: 'Unknown building' },
  dwelling_unknown: { zh: '房屋不存在', en: 'Unknown dwelling' },
  resident_unknown: { zh: '居民不存在', en: 'Unknown resident' },
  tags_change_required: {
    zh: '请选择要添加或移除的标签',
    en: 'Choose tags to add or to remove',
  },
  tags_too_many: {
    zh: '每人最多 20 个标签',
    en: 'At most 20 tags a person',
  },
  household_unknown: { zh: '户不存在', en: 'Unknown household' },
  dwelling_taken: {
    zh: '该楼栋已有相同单元和室号的房屋',
    en: 'This building already has that unit and room',
  },
  already_in_household: {
    zh: '该居民已是另一户的成员，请使用“迁移成员”',
    en: 'This resident already belongs to another household; move them instead',
  },
  not_a_member: { zh: '该居民不是本户的现有成员', en: 'Not a current member of this household' },
  head_cannot_leave: {
    zh: '户主不能直接迁出，请先变更户主',
    en: 'The head cannot leave; change the head first',
  },
  resident_deceased: {
    zh: '该居民已登记死亡（户口已注销），不能再登记变动或修改；如登记有误，请登记“更正”',
    en: 'This resident is recorded as deceased; only a correction can change that',
  },
  resident_not_active: {
    zh: '该居民当前不在册（已迁出、失踪、入伍或服刑），请先登记“返回”',
    en: 'This resident is not on the current register; record their return first',
  },
  resident_already_active: {
    zh: '该居民当前在册，无需登记返回',
    en: 'This resident is already on the current register',
  },
  life_event_nothing_to_correct: {
    zh: '该居民没有可更正的变动登记',
    en: 'This resident has no life event to correct',
  },
  life_event_date_before_birth: {
    zh: '变动日期不能早于出生日期',
    en: 'The date is before the resident was born',
  },
  life_event_date_in_future: {
    zh: '变动日期不能晚于今天',
    en: 'The date must not be in the future',
  },
  life_event_date_before_last: {
    zh: '变动日期不能早于该居民上一次登记的变动或入户日期',
    en: 'The date is before the resident’s previous event or joining their household',
  },
  life_event_destination_required: {
    zh: '迁出需填写迁往地',
    en: 'A move out needs its destination',
  },
  life_event_reason_required: {
    zh: '更正需说明原因（至少 2 个字）',
    en: 'A correction needs a reason (at least 2 characters)',
  },
  head_relationship: {
    zh: '户主与户主的关系只能是“户主”，其他成员不能是“户主”',
    en: 'Only the head has the relationship 02 (head)',
  },
  household_head_count: {
    zh: '一户要有且只有一位户主（与户主关系为“户主”）',
    en: 'A household has exactly one head (relationship 02)',
  },
  member_repeated: {
    zh: '同一个人在本户中填写了两次',
    en: 'The same person is listed twice',
  },
  relationship_unchanged: {
    zh: '与户主关系没有改变',
    en: 'The relationship is the same as recorded',
  },
  correction_reason_required: {
    zh: '请填写更正的原因（至少 2 个字）',
    en: 'Give the reason for the correction (at least 2 characters)',
  },
  reveal_reason_required: { zh: '请填写查看完整信息的事由', en: 'Give a reason for revealing' },
  cannot_change_self: {
    zh: '不能停用自己或降低自己的角色',
    en: 'You cannot disable yourself or lower your own role',
  },

  // Party organisation and members
  party_organization_unknown: { zh: '党组织不存在', en: 'No such party organisation' },
  party_attendee_repeated: {
    zh: '该党员已在出席名单中',
    en: 'This member is already on the attendance list',
  },
  party_organization_level_invalid: {
    zh: '层级不对：党支部应建在党工委下，党小组应建在党支部下',
    en: 'A branch goes under the committee, a group under a branch',
  },
  party_organization_name_taken: {
    zh: '同一上级组织下已有同名组织',
    en: 'An organisation of this name already exists under the same parent',
  },
  party_member_exists: {
    zh: '此人已在党员名册中',
    en: 'This person is already on the party roster',
  },
  party_organization_not_branch: {
    zh: '党员只能编入党支部或党小组',
    en: 'Members belong to a branch or a group',
  },
  party_member_not_probationary: {
    zh: '只有预备党员可以办理转正或延长预备期',
    en: 'Only a probationary member can be confirmed or extended',
  },
  party_member_not_active: {
    zh: '该党员不在册（已转出或已出党）',
    en: 'The member is not on the active roll',
  },
  party_full_membership_date_required: {
    zh: '正式党员需要填写转正日期',
    en: 'A full member needs the date of full membership',
  },
  date_range_invalid: { zh: '结束日期不能早于开始日期', en: 'The end is before the start' },
  party_evaluation_excellent_quota: {
    zh: '评为“优秀”的党员不能超过本支部党员的三分之一',
    en: 'At most a third of the branch may be graded excellent',
  },
  party_flow_open: {
    zh: '该党员已登记外出且尚未返回',
    en: 'The member is already recorded as away',
  },
  party_letter_expired: {
    zh: '介绍信在收到时已过有效期：请联系转出单位重新开具，或凭党支部出具的延误证明填写延误原因后接收',
    en: 'The letter had expired when it was received: have it reissued, or give the reason for the delay certified by the branch',
  },
  party_dues_already_paid: {
    zh: '所选月份中有已登记或已交至的月份',
    en: 'Dues of a month chosen are already recorded or settled',
  },
  party_dues_month_invalid: {
    zh: '缴费月份不能早于入党当月',
    en: 'The month cannot be before the month of joining',
  },
  party_dues_advance_limit: {
    zh: '预交党费最多至缴费当月起12个月，一次最多登记12个月',
    en: 'Dues may be paid up to 12 months ahead, at most 12 months at once',
  },
  party_organization_not_empty: {
    zh: '该组织下还有下级组织或党员，不能删除',
    en: 'The organisation still has sub-organisations or members',
  },
  party_admin_required: {
    zh: '党工委及共建单位由党务管理员维护',
    en: 'The working committee and co-building units are kept by party administrators',
  },
  party_organization_committees_required: {
    zh: '党支部须覆盖至少一个您负责的居委会',
    en: 'The branch must cover at least one of your committees',
  },
  party_organization_committee_kept: {
    zh: '不能移除您负责范围以外的居委会',
    en: 'Committees outside your scope cannot be removed from the branch',
  },

  // Imports
  import_type_unknown: { zh: '不支持导入这种台账', en: 'No such import type' },
  import_file_missing: { zh: '请选择要导入的文件', en: 'Attach the file to import' },
  import_upload_malformed: {
    zh: '上传的数据不完整或格式不对，请重新选择文件上传',
    en: 'The upload is incomplete or malformed; upload the file again',
  },
  import_file_too_large: {
    zh: '文件过大，单个文件不能超过 50 MB',
    en: 'The file is too large (50 MB at most)',
  },
  import_state_invalid: {
    zh: '导入任务当前状态不允许此操作，请刷新后重试',
    en: 'The import job is not in a state that allows this',
  },
  import_rows_invalid: {
    zh: '有错误的行，未导入任何数据。请修正后重新上传，或选择“只导入正确的行”',
    en: 'Some rows are invalid; nothing was imported',
  },
  import_failed: {
    zh: '导入时发生内部错误，数据未改动，请重试或联系管理员',
    en: 'The import failed unexpectedly; nothing was changed',
  },
  import_interrupted: {
    zh: '服务重启，任务中断，数据未改动，请重新检查',
    en: 'The server restarted during the job; nothing was changed',
  },
  import_undo_conflict: {
    zh: '导入后这些记录已被修改或引用，不能整体撤销',
    en: 'Records of this import have changed since; it cannot be undone as a whole',
  },
  office_name_length: {
    zh: '单位名称不能超过 60 个字',
    en: 'The office’s name is at most 60 characters',
  },
  import_file_retention_days: {
    zh: '保留天数须为 1 至 365 之间的整数',
    en: 'Keep uploaded files 1 to 365 days (a whole number)',
  },
  import_file_purged: {
    zh: '上传的原文件已过保留期限并已删除，不能再检查、导入或下载错误报告；如需再导入请重新上传',
    en: 'The uploaded file was deleted at the end of its retention period; upload it again',
  },

  // Party members and organisations (packages/shared/src/party)
  party_extension_months: {
    zh: '延长预备期须为 6 至 12 个月',
    en: 'A probation extension is 6 to 12 months',
  },
  party_extension_repeated: {
    zh: '预备期只能延长一次',
    en: 'Probation can be extended only once',
  },
  party_full_membership_early: {
    zh: '转正日期不能早于预备期满之日（入党满一年，延长的再加延长期）',
    en: 'Full membership cannot start before the probation (one year, plus any extension) ends',
  },
  subsidy_investigators_required: {
    zh: '入户调查至少需要两名调查人员',
    en: 'A home investigation needs at least two investigators',
  },
  subsidy_covered_people: {
    zh: '保障人数须为1至共同生活的家庭成员人数',
    en: 'Covered people must be 1 to the number of household members living together',
  },
  subsidy_member_repeated: {
    zh: '同一家庭成员不能重复填写',
    en: 'A household member is listed twice',
  },
  subsidy_vote_counts: {
    zh: '到会人数不能多于评议成员，同意人数不能多于到会人数',
    en: 'Present cannot exceed members, and agreeing cannot exceed present',
  },
  subsidy_step_not_allowed: {
    zh: '案件当前所处环节不能办理此步骤',
    en: 'The case is not at a stage where this step can be taken',
  },
  subsidy_public_notice_running: {
    zh: '公示期尚未结束，公示期满后方可审核',
    en: 'The public notice has not ended yet',
  },
  subsidy_objection_after_notice: {
    zh: '异议日期不在公示期内',
    en: 'The objection is dated after the public notice ended',
  },
  subsidy_adjustment_reason: {
    zh: '手动调整保障金须说明理由',
    en: 'A manual adjustment needs a reason',
  },
  subsidy_not_eligible: {
    zh: '家庭人均收入不低于当月低保标准，不能批准保障',
    en: 'The per-capita income is not below the month’s standard',
  },
  subsidy_member_not_in_household: {
    zh: '此人不是该户现有的共同生活家庭成员',
    en: 'This person is not a current member of the household',
  },
  subsidy_applicant_not_member: {
    zh: '申请人须是填写的家庭成员之一',
    en: 'The applicant must be one of the members listed',
  },
  subsidy_case_open: {
    zh: '该户已有未办结的低保案件',
    en: 'This household already has an open case',
  },
  subsidy_case_paid: {
    zh: '已发放过保障金的案件不能删除，请办理停保',
    en: 'A case that has been paid cannot be deleted; stop it instead',
  },
  subsidy_standard_missing: {
    zh: '该月尚未设置低保标准，请先在低保标准中设置',
    en: 'No standard is set for that month yet',
  },
  subsidy_payout_locked: {
    zh: '该月发放花名册已锁定，不能再生成或修改；更正请在以后月份补发或追回',
    en: 'The month’s roll is locked; corrections go into a later month',
  },
  subsidy_payout_not_locked: {
    zh: '发放花名册核对锁定后才能导出银行代发文件',
    en: 'Lock the roll before exporting the bank file',
  },
  pairing_target_required: {
    zh: '请选择帮扶的低保案件或困难居民（二选一）',
    en: 'Choose either the case or the resident helped',
  },
  assistance_urgent_emergency_only: {
    zh: '只有急难型临时救助可以适用紧急程序（先救助后补办）',
    en: 'Only sudden-hardship assistance may use the urgent procedure',
  },
  assistance_helped_on_required: {
    zh: '紧急程序请填写先行救助的日期',
    en: 'The urgent procedure needs the day help was given',
  },
  assistance_amount_required: {
    zh: '请填写大于 0 的救助金额（元）',
    en: 'Enter an amount above zero (yuan)',
  },
  assistance_in_kind_required: {
    zh: '实物救助请写明发放的物品',
    en: 'Describe what was given in kind',
  },
  assistance_amount_over_limit: {
    zh: '救助金额超过上限（当月低保标准 × 设置的月数）',
    en: 'The amount is above the limit (months times the month’s standard)',
  },
  assistance_step_not_allowed: {
    zh: '该临时救助案件当前阶段不能办理此操作',
    en: 'This step is not possible at the case’s stage',
  },
  assistance_fund_short: {
    zh: '备用金余额不足，请先拨入备用金',
    en: 'The petty fund’s balance is short; deposit first',
  },
  assistance_referral_unpaid: {
    zh: '转介类救助不从备用金支出',
    en: 'A referral is not paid from the fund',
  },
  assistance_date_order: {
    zh: '办理日期不能早于申请日期，也不能晚于今天',
    en: 'The date must be between the application and today',
  },
  assistance_limit_months: {
    zh: '临时救助上限须为 1 至 24 个月的低保标准',
    en: 'The limit is 1 to 24 months of the standard',
  },
  assistance_urgent_working_days: {
    zh: '紧急程序补办期限须为 1 至 30 个工作日',
    en: 'The paperwork deadline is 1 to 30 working days',
  },
  subsidy_deliberation_share: {
    zh: '比例的分子须在 1 至 100 之间且不大于分母',
    en: 'A share’s numerator is 1 to 100 and at most its denominator',
  },
  patrol_member_person_required: {
    zh: '请选择居民或工作人员账号（二选一）',
    en: 'Choose either a resident or a staff account',
  },
  patrol_checkpoint_place_conflict: {
    zh: '巡逻点选择楼栋或填写地点描述，不能两者都填',
    en: 'A checkpoint is either a building or a described place, not both',
  },
  patrol_team_name_taken: {
    zh: '本居委会已有同名的巡逻队或巡逻组',
    en: 'A team with this name exists',
  },
  patrol_route_name_taken: {
    zh: '本居委会已有同名的巡逻路线',
    en: 'A route with this name exists',
  },
  patrol_leader_taken: {
    zh: '该队已有带班人，请先让原带班人离队',
    en: 'The team already has a leader',
  },
  patrol_group_full: {
    zh: '楼长巡逻组最多三名成员',
    en: 'A building leaders’ group has at most three members',
  },
  patrol_member_already: { zh: '此人已是该队的成员', en: 'Already a current member' },
  patrol_member_left: { zh: '该成员已离队', en: 'This member has already left' },
  patrol_member_unknown: { zh: '巡逻队成员不存在', en: 'Unknown team member' },
  patrol_checkpoint_unknown: { zh: '巡逻点不存在', en: 'Unknown checkpoint' },
  patrol_group_too_small: {
    zh: '楼长巡逻组至少需要两名成员',
    en: 'A building leaders’ group needs at least two members',
  },
  building_unknown_in_committee: {
    zh: '楼栋不存在或不属于该居委会',
    en: 'Unknown building, or not in this committee',
  },
  user_unknown_in_committee: {
    zh: '工作人员账号不存在或不负责该居委会',
    en: 'Unknown staff account, or not working for this committee',
  },
  pairing_ended: { zh: '该结对已结束', en: 'This pairing has ended' },
  subsidy_case_unknown: { zh: '低保案件不存在', en: 'Unknown subsidy case' },
  party_member_unknown: { zh: '党员不存在', en: 'Unknown party member' },
  subsidy_roll_covered_people: {
    zh: '保障人数须为 1 至 30 的整数',
    en: 'Covered people must be a whole number from 1 to 30',
  },
  subsidy_roll_amount_zero: {
    zh: '月保障金额须大于 0',
    en: 'The monthly amount must be above 0',
  },
  subsidy_step_date_order: {
    zh: '办理日期不能早于上一环节的日期',
    en: 'A step cannot be dated before the previous step',
  },
  party_dues_amount_invalid: {
    zh: '金额须为不小于 0 的数，最多两位小数',
    en: 'An amount is a number of yuan, at least 0, with at most two decimals',
  },
  party_dues_farmer_range: {
    zh: '农民党员党费为每月 0.2 至 1 元',
    en: 'Farmer members pay 0.20 to 1.00 yuan a month',
  },
  party_dues_standard_missing: {
    zh: '该月份之前没有设定党费标准',
    en: 'No dues standard is set for this month',
  },
  party_dues_back_payment_limit: {
    zh: '补交党费最多补交最近 6 个月的欠交，更早的欠交月份须由党支部按规定处理',
    en: 'A back-payment covers at most the 6 most recent unpaid months; older arrears are for the branch to settle',
  },
  party_month_range: {
    zh: '结束月份不能早于开始月份',
    en: 'The last month cannot precede the first',
  },
  party_period_format: {
    zh: '期间格式应为年度（如 2026）或季度（如 2026Q3）',
    en: 'A period is a year (2026) or a quarter (2026Q3)',
  },
  party_letter_validity_limit: {
    zh: '组织关系介绍信有效期至少 1 天，最长 3 个月',
    en: 'A transfer letter is valid for at least 1 day and at most 3 months',
  },
  party_letter_serial_format: {
    zh: '介绍信编号只能包含数字、字母、汉字、短横线和括号，最多 32 个字符',
    en: 'A letter number is up to 32 digits, letters, Chinese characters, dashes and brackets',
  },
  resident_lives_elsewhere: {
    zh: '该人员不住在本社区（如外住房东），不能加入本社区的住户',
    en: 'This person does not live in the community and cannot join a household here',
  },
  rental_person_required: {
    zh: '请选择已登记的人员，或填写姓名和身份证号',
    en: 'Choose a registered person, or give a name and an ID number',
  },
  rental_property_exists: {
    zh: '该房屋已登记为出租房屋',
    en: 'This dwelling is already registered for rent',
  },
  rental_property_unknown: { zh: '出租房屋不存在', en: 'Unknown rental property' },
  rental_property_has_records: {
    zh: '该出租房屋还有责任书、检查或暂住人员记录，不能删除',
    en: 'This rental property still has contracts, inspections or temporary residents',
  },
  rental_lease_end_before_start: {
    zh: '租赁结束日期不能早于开始日期',
    en: 'The lease cannot end before it starts',
  },
  rental_contract_number_taken: {
    zh: '责任书编号已被使用',
    en: 'This contract number is already in use',
  },
  rental_contract_number_pattern: {
    zh: '编号规则须包含一个序号占位（如 {NNNN}），可含年份 {YYYY}，如 XXSQ-{YYYY}-{NNNN}',
    en: 'A numbering scheme has one sequence placeholder ({NNNN}) and may have the year {YYYY}, e.g. XXSQ-{YYYY}-{NNNN}',
  },
  rental_contract_unknown: {
    zh: '治安责任书不存在或不属于该出租房屋',
    en: 'Unknown contract for this rental property',
  },
  rental_contract_cancelled: {
    zh: '责任书已注销',
    en: 'The contract is cancelled',
  },
  rental_contract_renewed: {
    zh: '责任书已续签，请在新的责任书上操作',
    en: 'The contract has been renewed; work on the new one',
  },
  rental_contract_has_residents: {
    zh: '还有暂住人员登记在该责任书下，不能删除',
    en: 'Temporary residents are registered under this contract',
  },
  rental_cancel_before_signing: {
    zh: '注销日期不能早于签订日期',
    en: 'A contract cannot be cancelled before it was signed',
  },
  rental_duties_duplicate: {
    zh: '出租人义务重复勾选',
    en: 'A lessor duty is listed twice',
  },
  rental_inspectors_required: {
    zh: '检查须由两名及以上人员进行',
    en: 'An inspection needs at least two inspectors',
  },
  rental_rectification_deadline: {
    zh: '整改期限不能早于检查日期',
    en: 'The rectification deadline cannot precede the inspection',
  },
  temporary_resident_exists: {
    zh: '该人员已有在住的暂住登记',
    en: 'This person already has a current temporary-residence registration',
  },
  temporary_resident_left: {
    zh: '该暂住登记已注销',
    en: 'This temporary-residence registration has ended',
  },
  temporary_resident_declared_before_move_in: {
    zh: '申报日期不能早于入住日期',
    en: 'A registration cannot be declared before moving in',
  },
  pending_registration_resolution: {
    zh: '请选择登记该人员的暂住登记，或填写核销原因（二选一）',
    en: 'Give either the registration that registered the person or a reason to clear them',
  },
  pending_registration_resolved: {
    zh: '该待登记人员已登记或已核销',
    en: 'This person has already been registered or cleared',
  },
  pending_registration_before_report: {
    zh: '处理日期不能早于报告日期',
    en: 'The person cannot be resolved before being reported',
  },
  rental_inspection_has_pending: {
    zh: '该检查发现的待登记人员尚未处理，不能删除',
    en: 'People this inspection found are still pending',
  },
  rental_rectified_before_inspection: {
    zh: '整改复查日期不能早于检查日期',
    en: 'A rectification cannot be confirmed before the inspection',
  },
  temporary_resident_date_before_move_in: {
    zh: '日期不能早于入住日期',
    en: 'The date cannot precede moving in',
  },
  temporary_resident_place_required: {
    zh: '请选择居住的出租房屋或房屋',
    en: 'Choose the rental property or dwelling the person lives in',
  },
  patrol_time_invalid: {
    zh: '巡逻时间格式不正确，应如 20:00 或 次日02:00',
    en: 'The patrol time must read like 20:00 or, after midnight, 02:00 (next day)',
  },
  patrol_window_too_long: {
    zh: '巡逻时段不能超过24小时',
    en: 'A patrol window cannot be longer than 24 hours',
  },
  patrol_members_required: {
    zh: '请填写实际参加巡逻的队员',
    en: 'List the members who went on the patrol',
  },
  patrol_member_repeated: {
    zh: '同一队员不能重复填写',
    en: 'A member is listed twice',
  },
  patrol_leader_not_member: {
    zh: '带班人须是参加巡逻的队员之一',
    en: 'The leader must be one of the members who went',
  },
  patrol_questioned_person_required: {
    zh: '请选择被盘查人员，或填写其姓名或体貌特征',
    en: 'Choose the person questioned, or give a name or a description',
  },
  patrol_grounds_required: {
    zh: '请选择至少一项盘查事由',
    en: 'Choose at least one ground for the questioning',
  },
  patrol_ground_repeated: {
    zh: '盘查事由不能重复',
    en: 'A ground is listed twice',
  },
  patrol_photos_too_many: {
    zh: '每条发现最多上传9张照片',
    en: 'At most 9 photos a finding',
  },
  patrol_follow_up_closed_early: {
    zh: '办结日期不能早于登记日期',
    en: 'A follow-up cannot be closed before it was opened',
  },
  patrol_position_invalid: {
    zh: '定位坐标不正确',
    en: 'The position is not a valid latitude and longitude',
  },
  patrol_register_team_required: {
    zh: '巡逻登记簿的队组一栏不能为空',
    en: 'The register row names no team or group',
  },
  patrol_plan_days_required: {
    zh: '请选择巡逻的星期或日期',
    en: 'Choose the weekdays or the dates of the patrol',
  },
  patrol_roster_swap_same: {
    zh: '换班须选择两个不同的班次',
    en: 'A swap needs two different roster entries',
  },
  // ---- patrol logs (巡逻记录) ----
  patrol_team_unknown: { zh: '巡逻队（组）不存在', en: 'Unknown patrol team or group' },
  patrol_route_unknown: { zh: '巡逻路线不存在', en: 'Unknown patrol route' },
  patrol_plan_unknown: {
    zh: '巡逻计划不存在，或不属于该队（组）',
    en: 'Unknown patrol plan, or not one of this team',
  },
  patrol_log_plan_taken: {
    zh: '该班次当天已有巡逻记录',
    en: 'This roster entry already has a patrol log for the day',
  },
  patrol_log_member_not_in_team: {
    zh: '该人员当天不是本队（组）队员，也不是本居委会的工作人员',
    en: 'Not a member of the team on that day, nor a staff account of the committee',
  },
  patrol_log_ended: { zh: '本次巡逻已结束', en: 'This patrol has already ended' },
  patrol_checkpoint_not_on_route: {
    zh: '该巡逻点不在本次巡逻的路线上',
    en: 'The checkpoint is not on this patrol’s route',
  },
  patrol_photo_unknown: {
    zh: '照片不存在，或不是本居委会巡逻上传的',
    en: 'Unknown photo, or not uploaded for a patrol of this committee',
  },
  patrol_photo_missing: { zh: '请选择要上传的照片', en: 'Choose a photo to upload' },
  patrol_photo_type_refused: {
    zh: '只能上传 JPEG、PNG 或 WebP 格式的照片',
    en: 'Only JPEG, PNG or WebP photos can be uploaded',
  },
  patrol_photo_too_large: { zh: '照片不能超过5MB', en: 'A photo cannot be larger than 5 MB' },
  patrol_finding_has_follow_up: {
    zh: '该发现已有跟进事项，不能删除',
    en: 'This finding has a follow-up and cannot be removed',
  },
  patrol_finding_unknown: {
    zh: '巡逻发现（事件或盘查记录）不存在',
    en: 'Unknown finding (incident or questioning) of a patrol log',
  },
  patrol_follow_up_exists: {
    zh: '该发现已开跟进事项',
    en: 'This finding already has a follow-up',
  },
  patrol_follow_up_due_early: {
    zh: '办理期限不能早于开跟进的日期',
    en: 'The due date cannot precede the day it was opened',
  },
  patrol_follow_up_closed: {
    zh: '该跟进事项已办结，不能再修改或办结',
    en: 'This follow-up is closed already',
  },
  // Patrol plans and the roster (排班).
  patrol_plan_route_unknown: {
    zh: '该队所属居委会没有这条路线',
    en: 'Not a route of the team’s committee',
  },
  patrol_roster_entry_unknown: { zh: '该计划这天没有班次', en: 'No such roster entry' },
  patrol_roster_team_unknown: { zh: '顶班队伍不存在', en: 'Unknown replacing team' },
  patrol_roster_member_unknown: { zh: '此人当天不是该队成员', en: 'Not in the team that day' },
  // The reminders centre (提醒中心).
  reminder_reason_required: { zh: '请填写暂缓的原因', en: 'Give a reason for snoozing' },
  reminder_snooze_not_future: {
    zh: '暂缓到的日期须晚于今天',
    en: 'Snooze until a day after today',
  },
  reminder_unknown: {
    zh: '该提醒不存在或已不需要处理',
    en: 'No such reminder (or it no longer applies)',
  },
  // The annual work report (年度工作总结).
  report_year_out_of_range: {
    zh: '年度须在2000年至今年之间',
    en: 'The year must be between 2000 and the current year',
  },
} as const satisfies Record<string, { zh: string; en: string }>

export type TErrorCode = keyof typeof errorMessages
export type TLanguage = 'zh' | 'en'

export type TErrorMessages = typeof errorMessages

export const isErrorCode = (value: unknown): value is TErrorCode =>
  typeof value === 'string' && Object.hasOwn(errorMessages, value)

// Hands the table to the schemas' issues (issue.ts): loading this module is what gives them words.
provideErrorMessages(errorMessages)
