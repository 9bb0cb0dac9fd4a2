import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { recordPaths } from '@/config/paths'

/** A link to a 低保 case's page (from a roll's line or a review due). */
export const CaseLink = ({ caseId, children }: { caseId: string; children: ReactNode }) => (
  <Link to={recordPaths.subsidyCase} params={{ caseId }}>
    {children}
  </Link>
)
