import type { FastifyPluginAsync } from 'fastify'
import { apiTokensRoutes } from './modules/api-tokens/api-tokens.routes.ts'
import { auditRoutes } from './modules/audit/audit.routes.ts'
import { authRoutes } from './modules/auth/auth.routes.ts'
import { buildingsRoutes } from './modules/buildings/buildings.routes.ts'
import { dwellingsRoutes } from './modules/dwellings/dwellings.routes.ts'
import { coBuildingRoutes } from './modules/co-building/co-building.routes.ts'
import { committeesRoutes } from './modules/committees/committees.routes.ts'
import { importTemplatesRoutes } from './modules/imports/import-templates.routes.ts'
import { importMappingsRoutes } from './modules/imports/import-mappings.routes.ts'
import { importsRoutes } from './modules/imports/imports.routes.ts'
import { householdsRoutes } from './modules/households/households.routes.ts'
import { healthRoutes } from './modules/health/health.routes.ts'
import {
  partyFlowsRoutes,
  partyMembersRoutes,
} from './modules/party-members/party-members.routes.ts'
import { partyOfficersRoutes } from './modules/party-members/party-officers.routes.ts'
import {
  partyDuesRoutes,
  partyRemindersRoutes,
} from './modules/party-members/party-reports.routes.ts'
import { partyTransfersRoutes } from './modules/party-members/party-transfers.routes.ts'
import { partyMeetingsRoutes } from './modules/party-meetings/party-meetings.routes.ts'
import { partyOrganizationsRoutes } from './modules/party-organizations/party-organizations.routes.ts'
import {
  pendingRegistrationsRoutes,
  rentalContractsRoutes,
  rentalInspectionsRoutes,
  rentalPropertiesRoutes,
  rentalRemindersRoutes,
  temporaryResidentsRoutes,
} from './modules/rentals/rentals.routes.ts'
import { patrolRoutesRoutes, patrolTeamsRoutes } from './modules/patrol/patrol.routes.ts'
import { patrolFiguresRoutes } from './modules/patrol/patrol-figures.routes.ts'
import { statisticsRoutes } from './modules/statistics/statistics.routes.ts'
import { remindersRoutes } from './modules/reminders/reminders.routes.ts'
import { annualReportRoutes } from './modules/reports/annual-report.routes.ts'
import { patrolLogsRoutes } from './modules/patrol/patrol-logs.routes.ts'
import { patrolFollowUpsRoutes } from './modules/patrol/patrol-follow-ups.routes.ts'
import { patrolPlansRoutes } from './modules/patrol/patrol-plans.routes.ts'
import { residentsRoutes } from './modules/residents/residents.routes.ts'
import {
  assistanceCasesRoutes,
  assistanceFundRoutes,
} from './modules/subsidies/assistance-cases.routes.ts'
import { pairingsRoutes } from './modules/subsidies/pairings.routes.ts'
import {
  subsidyCasesRoutes,
  subsidyStandardsRoutes,
} from './modules/subsidies/subsidy-cases.routes.ts'
import { subsidyPayoutsRoutes } from './modules/subsidies/subsidy-payouts.routes.ts'
import { settingsRoutes } from './modules/settings/settings.routes.ts'
import { backupsRoutes } from './modules/backups/backups.routes.ts'
import { usersRoutes } from './modules/users/users.routes.ts'

/** Every module's routes, under /api. A new record module adds one line here. */
export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes, { prefix: '/health' })
  await app.register(authRoutes, { prefix: '/v1/auth' })
  await app.register(committeesRoutes, { prefix: '/v1/committees' })
  await app.register(usersRoutes, { prefix: '/v1/users' })
  await app.register(apiTokensRoutes, { prefix: '/v1/api-tokens' })
  await app.register(auditRoutes, { prefix: '/v1/audit-events' })
  await app.register(settingsRoutes, { prefix: '/v1/settings' })
  await app.register(backupsRoutes, { prefix: '/v1/backups' })
  await app.register(residentsRoutes, { prefix: '/v1/residents' })
  await app.register(buildingsRoutes, { prefix: '/v1/buildings' })
  await app.register(dwellingsRoutes, { prefix: '/v1/dwellings' })
  await app.register(householdsRoutes, { prefix: '/v1/households' })
  await app.register(importsRoutes, { prefix: '/v1/imports' })
  await app.register(partyOrganizationsRoutes, { prefix: '/v1/party-organizations' })
  await app.register(partyMembersRoutes, { prefix: '/v1/party-members' })
  await app.register(partyTransfersRoutes, { prefix: '/v1/party-transfers' })
  await app.register(partyMeetingsRoutes, { prefix: '/v1/party-meetings' })
  await app.register(partyDuesRoutes, { prefix: '/v1/party-dues' })
  await app.register(partyRemindersRoutes, { prefix: '/v1/party-reminders' })
  await app.register(coBuildingRoutes, { prefix: '/v1/co-building-units' })
  await app.register(partyFlowsRoutes, { prefix: '/v1/party-flows' })
  await app.register(partyOfficersRoutes, { prefix: '/v1' })
  await app.register(rentalPropertiesRoutes, { prefix: '/v1/rental-properties' })
  await app.register(rentalContractsRoutes, { prefix: '/v1/rental-contracts' })
  await app.register(temporaryResidentsRoutes, { prefix: '/v1/temporary-residents' })
  await app.register(rentalInspectionsRoutes, { prefix: '/v1/rental-inspections' })
  await app.register(pendingRegistrationsRoutes, { prefix: '/v1/pending-registrations' })
  await app.register(rentalRemindersRoutes, { prefix: '/v1/rental-reminders' })
  await app.register(subsidyCasesRoutes, { prefix: '/v1/subsidy-cases' })
  await app.register(subsidyStandardsRoutes, { prefix: '/v1/subsidy-standards' })
  await app.register(subsidyPayoutsRoutes, { prefix: '/v1/subsidy-payouts' })
  await app.register(pairingsRoutes, { prefix: '/v1/pairings' })
  await app.register(patrolTeamsRoutes, { prefix: '/v1/patrol-teams' })
  await app.register(patrolRoutesRoutes, { prefix: '/v1/patrol-routes' })
  await app.register(patrolFiguresRoutes, { prefix: '/v1/patrol-logs' })
  await app.register(patrolLogsRoutes, { prefix: '/v1/patrol-logs' })
  await app.register(patrolFollowUpsRoutes, { prefix: '/v1/patrol-follow-ups' })
  await app.register(patrolPlansRoutes, { prefix: '/v1/patrol-plans' })
  await app.register(assistanceCasesRoutes, { prefix: '/v1/assistance-cases' })
  await app.register(assistanceFundRoutes, { prefix: '/v1/assistance-fund' })
  await app.register(statisticsRoutes, { prefix: '/v1/statistics' })
  await app.register(remindersRoutes, { prefix: '/v1/reminders' })
  await app.register(annualReportRoutes, { prefix: '/v1/reports/annual' })
  await app.register(importMappingsRoutes, { prefix: '/v1/import-mappings' })
  await app.register(importTemplatesRoutes, { prefix: '/v1/import-templates' })
}
