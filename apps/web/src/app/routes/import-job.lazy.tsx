import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { ImportJobPage } from '@/features/imports/components/import-job-page'

const routeApi = getRouteApi('/app/imports/$importId')

const ImportJobRoute = () => {
  const { importId } = routeApi.useParams()
  // Keyed by id: another job starts fresh (mapping choices, commit options).
  return <ImportJobPage key={importId} jobId={importId} />
}

export const Route = createLazyRoute('/app/imports/$importId')({ component: ImportJobRoute })
