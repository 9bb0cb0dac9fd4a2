import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { PatrolFollowUpsPage } from '@/features/patrol/components/patrol-follow-ups-page'
import { PatrolLogFormPage } from '@/features/patrol/components/patrol-log-form-page'
import { PatrolLogPage } from '@/features/patrol/components/patrol-log-page'
import { PatrolLogsPage } from '@/features/patrol/components/patrol-logs-page'
import type { TFollowUpsSearch } from '@/features/patrol/utils/follow-up-search'
import type { TPatrolLogsSearch } from '@/features/patrol/utils/patrol-log-search'
import { withPageReset } from '@/lib/search-params'

// The office's patrol register pages in one lazy file: they share most of their code, and one
// chunk instead of a dozen keeps the first load's list of chunks short (the bundle budget).

const logsApi = getRouteApi('/app/patrol-logs')
const PatrolLogs = () => {
  const search = logsApi.useSearch()
  const navigate = logsApi.useNavigate()
  const onSearchChange = (next: TPatrolLogsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <PatrolLogsPage search={search} onSearchChange={onSearchChange} />
}
export const PatrolLogsRoute = createLazyRoute('/app/patrol-logs')({ component: PatrolLogs })

export const PatrolLogNewRoute = createLazyRoute('/app/patrol-logs/new')({
  component: () => <PatrolLogFormPage />,
})

const logApi = getRouteApi('/app/patrol-logs/$logId')
const PatrolLog = () => {
  const { logId } = logApi.useParams()
  return <PatrolLogPage key={logId} logId={logId} />
}
export const PatrolLogRoute = createLazyRoute('/app/patrol-logs/$logId')({ component: PatrolLog })

const editApi = getRouteApi('/app/patrol-logs/$logId/edit')
const PatrolLogEdit = () => {
  const { logId } = editApi.useParams()
  return <PatrolLogFormPage key={logId} logId={logId} />
}
export const PatrolLogEditRoute = createLazyRoute('/app/patrol-logs/$logId/edit')({
  component: PatrolLogEdit,
})

const followUpsApi = getRouteApi('/app/patrol-follow-ups')
const PatrolFollowUps = () => {
  const search = followUpsApi.useSearch()
  const navigate = followUpsApi.useNavigate()
  const onSearchChange = (next: TFollowUpsSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <PatrolFollowUpsPage search={search} onSearchChange={onSearchChange} />
}
export const PatrolFollowUpsRoute = createLazyRoute('/app/patrol-follow-ups')({
  component: PatrolFollowUps,
})
