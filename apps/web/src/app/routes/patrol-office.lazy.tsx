import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { lazy, Suspense, type ReactNode } from 'react'
import { PageLoading } from '@/components/ui/page-loading'
import { ZFollowUpsSearch, type TFollowUpsSearch } from '@/features/patrol/utils/follow-up-search'
import {
  ZPatrolLogsSearch,
  type TPatrolLogsSearch,
} from '@/features/patrol/utils/patrol-log-search'
import { withPageReset } from '@/lib/search-params'

// The office's patrol register pages in one lazy file, whose pages load when shown: the first
// load then carries one small chunk's name and preload list for the five routes instead of the
// pages' dozens (the bundle budget).
const pages = () => import('@/features/patrol/components/patrol-office-pages')
const PatrolLogsPage = lazy(() => pages().then((m) => ({ default: m.PatrolLogsPage })))
const PatrolLogPage = lazy(() => pages().then((m) => ({ default: m.PatrolLogPage })))
const PatrolLogFormPage = lazy(() => pages().then((m) => ({ default: m.PatrolLogFormPage })))
const PatrolFollowUpsPage = lazy(() => pages().then((m) => ({ default: m.PatrolFollowUpsPage })))
const Page = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<PageLoading />}>{children}</Suspense>
)

const logsApi = getRouteApi('/app/patrol-logs')
const PatrolLogs = () => {
  // Bad values in a hand-edited URL are dropped here, where the schema loads.
  const search = ZPatrolLogsSearch.parse(logsApi.useSearch())
  const navigate = logsApi.useNavigate()
  const onSearchChange = (next: TPatrolLogsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return (
    <Page>
      <PatrolLogsPage search={search} onSearchChange={onSearchChange} />
    </Page>
  )
}
export const PatrolLogsRoute = createLazyRoute('/app/patrol-logs')({ component: PatrolLogs })

export const PatrolLogNewRoute = createLazyRoute('/app/patrol-logs/new')({
  component: () => (
    <Page>
      <PatrolLogFormPage />
    </Page>
  ),
})

const logApi = getRouteApi('/app/patrol-logs/$logId')
const PatrolLog = () => {
  const { logId } = logApi.useParams()
  return (
    <Page>
      <PatrolLogPage key={logId} logId={logId} />
    </Page>
  )
}
export const PatrolLogRoute = createLazyRoute('/app/patrol-logs/$logId')({ component: PatrolLog })

const followUpsApi = getRouteApi('/app/patrol-follow-ups')
const PatrolFollowUps = () => {
  const search = ZFollowUpsSearch.parse(followUpsApi.useSearch())
  const navigate = followUpsApi.useNavigate()
  const onSearchChange = (next: TFollowUpsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return (
    <Page>
      <PatrolFollowUpsPage search={search} onSearchChange={onSearchChange} />
    </Page>
  )
}
export const PatrolFollowUpsRoute = createLazyRoute('/app/patrol-follow-ups')({
  component: PatrolFollowUps,
})
