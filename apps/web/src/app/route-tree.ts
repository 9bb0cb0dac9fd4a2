import { apiTokensRoute } from './routes/api-tokens'
import { appLayoutRoute } from './routes/app-layout'
import { auditRoute } from './routes/audit'
import { changePasswordRoute } from './routes/change-password'
import { committeesRoute } from './routes/committees'
import { homeRoute } from './routes/home'
import { householdRoute } from './routes/household'
import { importJobRoute } from './routes/import-job'
import { importsRoute } from './routes/imports'
import { loginRoute } from './routes/login'
import { partyRoute } from './routes/party'
import { partyCoBuildingRoute } from './routes/party-co-building'
import { partyMemberRoute } from './routes/party-member'
import { partyMembersRoute } from './routes/party-members'
import { partyTransferPrintRoute } from './routes/party-transfer-print'
import { placesRoute } from './routes/places'
import { residentRoute } from './routes/resident'
import { residentsRoute } from './routes/residents'
import { rootRoute } from './routes/root'
import { settingsRoute } from './routes/settings'
import { usersRoute } from './routes/users'

export const routeTree = rootRoute.addChildren([
  loginRoute,
  changePasswordRoute,
  appLayoutRoute.addChildren([
    homeRoute,
    residentsRoute,
    residentRoute,
    placesRoute,
    householdRoute,
    importsRoute,
    importJobRoute,
    partyRoute,
    partyMembersRoute,
    partyCoBuildingRoute,
    partyMemberRoute,
    partyTransferPrintRoute,
    committeesRoute,
    usersRoute,
    apiTokensRoute,
    auditRoute,
    settingsRoute,
  ]),
])
