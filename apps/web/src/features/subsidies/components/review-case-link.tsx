import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { recordPaths } from '@/config/paths'

/**
 * A link to a 低保 case's page. The case page's route is another part of the subsidies
 * feature; until it is in the route tree the path is not one the router's types know.
 */
export const CaseLink = ({ caseId, children }: { caseId: string; children: ReactNode }) => (
  <Link to={recordPaths.subsidyCase as never} params={{ caseId } as never}>
    {children}
  </Link>
)
