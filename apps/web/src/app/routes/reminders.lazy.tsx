import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { RemindersPage } from '@/features/reminders/components/reminders-page'
import { ZRemindersSearch, type TRemindersSearch } from '@/features/reminders/utils/reminder-search'
import { withPageReset } from '@/lib/search-params'

const routeApi = getRouteApi('/app/reminders')

const RemindersRoute = () => {
  // Bad values in a hand-edited URL are dropped here, where the schema loads.
  const search = ZRemindersSearch.parse(routeApi.useSearch())
  const navigate = routeApi.useNavigate()
  const onSearchChange = (next: TRemindersSearch) =>
    void navigate({ search: withPageReset(search, next), replace: true })
  return <RemindersPage search={search} onSearchChange={onSearchChange} />
}

export const Route = createLazyRoute('/app/reminders')({ component: RemindersRoute })
