import { apiTokensRoute } from './routes/api-tokens'
import {
  annualReportIndexRoute,
  annualReportPrintRoute,
  annualReportRoute,
} from './routes/annual-report'
import { assistanceCasesRoute } from './routes/assistance-cases'
import { appLayoutRoute } from './routes/app-layout'
import { auditRoute } from './routes/audit'
import { buildingsRoute } from './routes/buildings'
import { changePasswordRoute } from './routes/change-password'
import { committeesRoute } from './routes/committees'
import { dwellingsRoute } from './routes/dwellings'
import { homeRoute } from './routes/home'
import { householdRoute } from './routes/household'
import { householdPrintRoute } from './routes/household-print'
import { householdsRoute } from './routes/households'
import { importJobRoute } from './routes/import-job'
import { importsRoute } from './routes/imports'
import { loginRoute } from './routes/login'
import { partyRoute } from './routes/party'
import { pendingRegistrationsRoute } from './routes/pending-registrations'
import { partyCoBuildingRoute } from './routes/party-co-building'
import { partyDuesPrintRoute } from './routes/party-dues-print'
import { partyMeetingPrintRoute } from './routes/party-meeting-print'
import { partyMemberRoute } from './routes/party-member'
import { partyMembersRoute } from './routes/party-members'
import { partyMembersSelectionPrintRoute } from './routes/party-members-selection-print'
import { partyRosterPrintRoute } from './routes/party-roster-print'
import { partyTransferPrintRoute } from './routes/party-transfer-print'
import { placesRoute } from './routes/places'
import { rentalContractPrintRoute } from './routes/rental-contract-print'
import { registrationRateRoute } from './routes/registration-rate'
import { rentalPropertyRoute } from './routes/rental-property'
import { rentalRemindersRoute } from './routes/rental-reminders'
import { remindersRoute } from './routes/reminders'
import { rentalsRoute } from './routes/rentals'
import { residentRoute } from './routes/resident'
import { residentPrintRoute } from './routes/resident-print'
import { residentsRoute } from './routes/residents'
import { residentsSelectionPrintRoute } from './routes/residents-selection-print'
import { rootRoute } from './routes/root'
import { settingsRoute } from './routes/settings'
import { backupsRoute } from './routes/backups'
import { pairingsRoute } from './routes/pairings'
import { patrolFollowUpsRoute } from './routes/patrol-follow-ups'
import { patrolLogRoute } from './routes/patrol-log'
import { patrolLogNewRoute } from './routes/patrol-log-new'
import { patrolLogsRoute } from './routes/patrol-logs'
import { patrolRouteRoute } from './routes/patrol-route'
import { patrolRouteQrPrintRoute } from './routes/patrol-route-print'
import { patrolRoutesRoute } from './routes/patrol-routes'
import { patrolTeamsRoute } from './routes/patrol-teams'
import { patrolFiguresRoute } from './routes/patrol-figures'
import { patrolFiguresPrintRoute } from './routes/patrol-figures-print'
import { patrolPhoneRoute } from './routes/patrol-phone'
import { patrolPlansRoute } from './routes/patrol-plans'
import { patrolRosterRoute } from './routes/patrol-roster'
import { subsidyCaseRoute } from './routes/subsidy-case'
import { subsidyCaseNewRoute } from './routes/subsidy-case-new'
import { subsidyCasesRoute } from './routes/subsidy-cases'
import { subsidyPublicNoticePrintRoute } from './routes/subsidy-public-notice-print'
import { subsidyPayoutRoute } from './routes/subsidy-payout'
import { subsidyPayoutPrintRoute } from './routes/subsidy-payout-print'
import { subsidyPayoutsRoute } from './routes/subsidy-payouts'
import { subsidyReviewsRoute } from './routes/subsidy-reviews'
import { subsidyStandardsRoute } from './routes/subsidy-standards'
import { temporaryResidentRoute } from './routes/temporary-resident'
import { temporaryResidentPrintRoute } from './routes/temporary-resident-print'
import { temporaryResidentsRoute } from './routes/temporary-residents'
import { usersRoute } from './routes/users'
import { dashboardRoute } from './routes/dashboard'
import { statisticsFigureRoute } from './routes/statistics-figure'

export const routeTree = rootRoute.addChildren([
  loginRoute,
  changePasswordRoute,
  patrolPhoneRoute,
  appLayoutRoute.addChildren([
    homeRoute,
    residentsRoute,
    residentsSelectionPrintRoute,
    residentRoute,
    residentPrintRoute,
    placesRoute,
    buildingsRoute,
    dwellingsRoute,
    rentalsRoute,
    rentalPropertyRoute,
    rentalContractPrintRoute,
    temporaryResidentsRoute,
    pendingRegistrationsRoute,
    registrationRateRoute,
    rentalRemindersRoute,
    remindersRoute,
    temporaryResidentRoute,
    temporaryResidentPrintRoute,
    subsidyCasesRoute,
    subsidyCaseNewRoute,
    subsidyPublicNoticePrintRoute,
    subsidyCaseRoute,
    pairingsRoute,
    patrolTeamsRoute,
    patrolRoutesRoute,
    patrolRouteRoute,
    patrolRouteQrPrintRoute,
    patrolFiguresRoute,
    patrolFiguresPrintRoute,
    patrolLogsRoute,
    patrolLogNewRoute,
    patrolLogRoute,
    patrolFollowUpsRoute,
    patrolPlansRoute,
    patrolRosterRoute,
    householdsRoute,
    householdRoute,
    householdPrintRoute,
    importsRoute,
    importJobRoute,
    partyRoute,
    partyMembersRoute,
    partyMembersSelectionPrintRoute,
    partyCoBuildingRoute,
    partyMemberRoute,
    partyTransferPrintRoute,
    partyRosterPrintRoute,
    partyDuesPrintRoute,
    partyMeetingPrintRoute,
    assistanceCasesRoute,
    subsidyPayoutsRoute,
    subsidyPayoutRoute,
    subsidyPayoutPrintRoute,
    subsidyReviewsRoute,
    subsidyStandardsRoute,
    committeesRoute,
    usersRoute,
    apiTokensRoute,
    auditRoute,
    settingsRoute,
    dashboardRoute,
    statisticsFigureRoute,
    annualReportIndexRoute,
    annualReportRoute,
    annualReportPrintRoute,
    backupsRoute,
  ]),
])
