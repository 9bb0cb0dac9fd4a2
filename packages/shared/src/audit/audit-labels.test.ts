import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { ZApiToken } from '../api-tokens/api-token.ts'
import { ZCommittee } from '../committees/committee.ts'
import { ZHousehold } from '../households/household.ts'
import { ZCoBuildingUnit } from '../party/co-building.ts'
import { ZPartyMeeting } from '../party/party-meeting.ts'
import { ZPartyMember } from '../party/party-member.ts'
import { ZPartyOrganization } from '../party/party-organization.ts'
import { ZBuilding } from '../places/building.ts'
import { ZDwelling } from '../places/dwelling.ts'
import { ZRentalContract } from '../rentals/rental-contract.ts'
import { ZPendingRegistration } from '../rentals/pending-registration.ts'
import { ZRentalInspection } from '../rentals/rental-inspection.ts'
import { ZRentalProperty } from '../rentals/rental-property.ts'
import { ZTemporaryResident } from '../rentals/temporary-resident.ts'
import { ZResident } from '../residents/resident.ts'
import { ZAssistanceCase } from '../subsidies/assistance-case.ts'
import { ZPatrolLog } from '../patrol/patrol-log.ts'
import { ZPatrolFollowUp } from '../patrol/patrol-follow-up.ts'
import { ZPatrolPlan } from '../patrol/patrol-plan.ts'
import { ZPatrolRoute } from '../patrol/patrol-route.ts'
import { ZPatrolTeam } from '../patrol/patrol-team.ts'
import { ZPairing } from '../subsidies/pairing-record.ts'
import { ZSubsidyCase } from '../subsidies/subsidy-case.ts'
import { ZSettings } from '../settings/settings.ts'
import { ZUser } from '../users/user.ts'
import { auditActions } from './audit-event.ts'
import { auditFieldLabel } from './audit-fields.ts'
import { auditCategoryOf, entityTypeLabel } from './audit-labels.ts'
import { auditNoiseFields, auditValueText } from './audit-values.ts'

/** The snapshots the services audit are these DTOs (before → after of `ctx.audit`). */
const snapshots: Record<string, z.ZodObject> = {
  resident: ZResident,
  building: ZBuilding,
  dwelling: ZDwelling,
  household: ZHousehold,
  committee: ZCommittee,
  user: ZUser,
  api_token: ZApiToken as unknown as z.ZodObject,
  settings: ZSettings,
  party_member: ZPartyMember,
  party_organization: ZPartyOrganization,
  party_meeting: ZPartyMeeting,
  co_building_unit: ZCoBuildingUnit,
  rental_property: ZRentalProperty,
  rental_contract: ZRentalContract,
  temporary_resident: ZTemporaryResident,
  rental_inspection: ZRentalInspection,
  pending_registration: ZPendingRegistration,
  subsidy_case: ZSubsidyCase,
  pairing: ZPairing,
  patrol_team: ZPatrolTeam,
  patrol_route: ZPatrolRoute,
  patrol_log: ZPatrolLog,
  patrol_follow_up: ZPatrolFollowUp,
  patrol_plan: ZPatrolPlan,
  assistance_case: ZAssistanceCase,
}

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)

describe('audit labels', () => {
  it('name every field of every audited record in Chinese and in English', () => {
    for (const [entityType, schema] of Object.entries(snapshots)) {
      for (const field of Object.keys(schema.shape).filter((f) => !auditNoiseFields.has(f))) {
        const zh = auditFieldLabel(entityType, field, 'zh')
        expect(hasChinese(zh), `${entityType}.${field}: ${zh}`).toBe(true)
        expect(auditFieldLabel(entityType, field, 'en'), `${entityType}.${field}`).not.toBe(field)
      }
    }
  })

  it('name every record type written anywhere', () => {
    const written = [
      ...Object.keys(snapshots),
      'session',
      'party_dues_payment',
      'party_transfer',
      'party_flow',
      'party_officer',
      'co_building_agreement',
      'co_building_activity',
      'import_job',
      'import_file',
      'import_mapping',
      'audit_event',
      'subsidy_standard',
      'subsidy_payout',
      'assistance_fund_entry',
      'patrol_photo',
      'patrol_roster_edit',
    ]
    for (const type of written) expect(hasChinese(entityTypeLabel(type, 'zh')), type).toBe(true)
    expect(entityTypeLabel('unheard_of', 'zh')).toBe('unheard_of')
  })

  it('show code values by their names, per record: 人口类别 and 党员类别 are both `category`', () => {
    expect(auditValueText('resident', 'sex', '1', 'zh')).toBe('男')
    expect(auditValueText('resident', 'category', 'registered', 'zh')).toBe('户籍人口')
    expect(auditValueText('party_member', 'category', 'floating', 'zh')).toBe('流动党员')
    expect(auditValueText('party_member', 'status', 'probationary', 'zh')).toBe('预备党员')
    expect(auditValueText('resident', 'education', '20', 'zh')).toBe('大学本科')
    expect(auditValueText('household', 'relationship', '12', 'zh')).toBe('妻')
    expect(auditValueText('resident', 'ethnicity', '99', 'zh')).toBe('99')
    expect(auditValueText('settings', 'passwordPolicy', 'dengbao', 'zh')).toBe('等保 2.0')
    expect(auditValueText('resident', 'tags', [], 'zh')).toBe('（空）')
  })

  it('put every action in one category, sign-ins apart from changes', () => {
    const of = (action: string, entityType: string) => auditCategoryOf({ action, entityType })
    expect(of('update', 'resident')).toBe('change')
    expect(of('create', 'resident')).toBe('change')
    expect(of('login', 'session')).toBe('account')
    expect(of('login_failed', 'session')).toBe('account')
    expect(of('update', 'user')).toBe('account')
    expect(of('revoke', 'api_token')).toBe('account')
    expect(of('import', 'import_job')).toBe('import')
    expect(of('delete', 'import_file')).toBe('import')
    expect(of('reveal', 'import_job')).toBe('reveal')
    expect(of('reveal', 'resident')).toBe('reveal')
    expect(of('export', 'resident')).toBe('export')
    for (const action of auditActions) expect(of(action, 'resident')).toBeTruthy()
  })
})

describe('import rows', () => {
  it('read as the imports page says them: an undo is 已导入 → 已撤销, a reveal names the report', () => {
    expect(auditFieldLabel('import_job', 'status', 'zh')).toBe('状态')
    expect(auditValueText('import_job', 'status', 'undone', 'zh')).toBe('已撤销')
    expect(auditValueText('import_job', 'type', 'party-members', 'zh')).toBe('党员')
    expect(auditValueText('import_job', 'field', 'idNumber', 'zh')).toBe('身份证号')
    expect(auditValueText('import_job', 'counts', { rows: 3, created: 2, skipped: 1 }, 'zh')).toBe(
      '行数：3，新建：2，跳过：1',
    )
  })
})
