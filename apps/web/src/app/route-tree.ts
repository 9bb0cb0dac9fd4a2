import { apiTokensRoute } from './routes/api-tokens'
import { appLayoutRoute } from './routes/app-layout'
import { auditRoute } from './routes/audit'
import { changePasswordRoute } from './routes/change-password'
import { committeesRoute } from './routes/committees'
import { homeRoute } from './routes/home'
import { loginRoute } from './routes/login'
import { rootRoute } from './routes/root'
import { settingsRoute } from './routes/settings'
import { usersRoute } from './routes/users'

export const routeTree = rootRoute.addChildren([
  loginRoute,
  changePasswordRoute,
  appLayoutRoute.addChildren([
    homeRoute,
    committeesRoute,
    usersRoute,
    apiTokensRoute,
    auditRoute,
    settingsRoute,
  ]),
])
