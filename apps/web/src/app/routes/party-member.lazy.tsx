import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { MemberProfilePage } from '@/features/party/components/member-profile-page'

const routeApi = getRouteApi('/app/party/members/$memberId')

const PartyMemberRoute = () => {
  const { memberId } = routeApi.useParams()
  // Keyed by id: moving between members starts each page fresh (step dialogs closed).
  return <MemberProfilePage key={memberId} memberId={memberId} />
}

export const Route = createLazyRoute('/app/party/members/$memberId')({
  component: PartyMemberRoute,
})
