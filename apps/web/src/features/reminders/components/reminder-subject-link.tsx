import { Link } from '@tanstack/react-router'
import type { TReminder } from '@cr/shared/reminders/reminder'
import type { ReactNode } from 'react'
import { paths, recordPaths } from '@/config/paths'

/**
 * The reminder's text as a link to the page where it is dealt with: the record's own page by its
 * type, or the list that keeps it (a follow-up, a person pending registration). A type with no
 * page of its own is plain text.
 */
export const ReminderSubjectLink = ({
  subject,
  children,
}: {
  subject: TReminder['subject']
  children: ReactNode
}) => {
  const id = subject.recordId
  switch (subject.recordType) {
    case 'party_member':
      return (
        <Link to={recordPaths.partyMember} params={{ memberId: id }}>
          {children}
        </Link>
      )
    case 'party_organization':
      return (
        <Link to={paths.party} search={{ org: id }}>
          {children}
        </Link>
      )
    case 'rental_property':
      return (
        <Link to={recordPaths.rentalProperty} params={{ propertyId: id }}>
          {children}
        </Link>
      )
    case 'temporary_resident':
      return (
        <Link to={recordPaths.temporaryResident} params={{ id }}>
          {children}
        </Link>
      )
    case 'subsidy_case':
      return (
        <Link to={recordPaths.subsidyCase} params={{ caseId: id }}>
          {children}
        </Link>
      )
    case 'resident':
      return (
        <Link to={recordPaths.resident} params={{ residentId: id }}>
          {children}
        </Link>
      )
    case 'household':
      return (
        <Link to={recordPaths.household} params={{ householdId: id }}>
          {children}
        </Link>
      )
    case 'patrol_log':
      return (
        <Link to={recordPaths.patrolLog} params={{ logId: id }}>
          {children}
        </Link>
      )
    case 'patrol_follow_up':
      // The list's own defaults fill the rest of its search (its route strips them).
      return (
        <Link to={paths.patrolFollowUps} search={{} as never}>
          {children}
        </Link>
      )
    case 'pending_registration':
      return (
        <Link to={paths.pendingRegistrations} search={{} as never}>
          {children}
        </Link>
      )
    default:
      return <>{children}</>
  }
}
