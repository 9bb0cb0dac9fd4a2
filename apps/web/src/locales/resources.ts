import { apiTokens as enApiTokens } from './en/api-tokens'
import { assistance as enAssistance } from './en/assistance'
import { audit as enAudit } from './en/audit'
import { backups as enBackups } from './en/backups'
import { auth as enAuth } from './en/auth'
import { common as enCommon } from './en/common'
import { committees as enCommittees } from './en/committees'
import { home as enHome } from './en/home'
import { imports as enImports } from './en/imports'
import { households as enHouseholds } from './en/households'
import { party as enParty } from './en/party'
import { patrol as enPatrol } from './en/patrol'
import { places as enPlaces } from './en/places'
import { print as enPrint } from './en/print'
import { reports as enReports } from './en/reports'
import { rentals as enRentals } from './en/rentals'
import { rentalChecks as enRentalChecks } from './en/rental-checks'
import { reminders as enReminders } from './en/reminders'
import { residents as enResidents } from './en/residents'
import { settings as enSettings } from './en/settings'
import { statistics as enStatistics } from './en/statistics'
import { subsidies as enSubsidies } from './en/subsidies'
import { subsidyRoll as enSubsidyRoll } from './en/subsidy-roll'
import { users as enUsers } from './en/users'
import { apiTokens as zhApiTokens } from './zh-CN/api-tokens'
import { assistance as zhAssistance } from './zh-CN/assistance'
import { audit as zhAudit } from './zh-CN/audit'
import { backups as zhBackups } from './zh-CN/backups'
import { auth as zhAuth } from './zh-CN/auth'
import { common as zhCommon } from './zh-CN/common'
import { committees as zhCommittees } from './zh-CN/committees'
import { home as zhHome } from './zh-CN/home'
import { imports as zhImports } from './zh-CN/imports'
import { households as zhHouseholds } from './zh-CN/households'
import { party as zhParty } from './zh-CN/party'
import { patrol as zhPatrol } from './zh-CN/patrol'
import { places as zhPlaces } from './zh-CN/places'
import { print as zhPrint } from './zh-CN/print'
import { reports as zhReports } from './zh-CN/reports'
import { rentals as zhRentals } from './zh-CN/rentals'
import { rentalChecks as zhRentalChecks } from './zh-CN/rental-checks'
import { reminders as zhReminders } from './zh-CN/reminders'
import { residents as zhResidents } from './zh-CN/residents'
import { settings as zhSettings } from './zh-CN/settings'
import { statistics as zhStatistics } from './zh-CN/statistics'
import { subsidies as zhSubsidies } from './zh-CN/subsidies'
import { subsidyRoll as zhSubsidyRoll } from './zh-CN/subsidy-roll'
import { users as zhUsers } from './zh-CN/users'

/**
 * All UI texts, one namespace per feature. Chinese is the source; English must match its keys.
 * This list gives `t` its types and the translations test its texts; at run time `lib/i18n.ts`
 * loads every file of `zh-CN/` at start and of `en/` when English is chosen.
 */
export const resources = {
  'zh-CN': {
    common: zhCommon,
    auth: zhAuth,
    committees: zhCommittees,
    home: zhHome,
    residents: zhResidents,
    places: zhPlaces,
    households: zhHouseholds,
    users: zhUsers,
    apiTokens: zhApiTokens,
    audit: zhAudit,
    backups: zhBackups,
    imports: zhImports,
    party: zhParty,
    patrol: zhPatrol,
    settings: zhSettings,
    print: zhPrint,
    rentals: zhRentals,
    rentalChecks: zhRentalChecks,
    reminders: zhReminders,
    subsidies: zhSubsidies,
    assistance: zhAssistance,
    subsidyRoll: zhSubsidyRoll,
    statistics: zhStatistics,
    reports: zhReports,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    committees: enCommittees,
    home: enHome,
    residents: enResidents,
    places: enPlaces,
    households: enHouseholds,
    users: enUsers,
    apiTokens: enApiTokens,
    audit: enAudit,
    backups: enBackups,
    imports: enImports,
    party: enParty,
    patrol: enPatrol,
    settings: enSettings,
    print: enPrint,
    rentals: enRentals,
    rentalChecks: enRentalChecks,
    reminders: enReminders,
    subsidies: enSubsidies,
    assistance: enAssistance,
    subsidyRoll: enSubsidyRoll,
    statistics: enStatistics,
    reports: enReports,
  },
} as const
