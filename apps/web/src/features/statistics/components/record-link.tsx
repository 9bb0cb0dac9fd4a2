import type { TFigureRow } from '@cr/shared/statistics/statistics'
import { Link } from '@tanstack/react-router'
import { recordPaths } from '@/config/paths'

/**
 * A drill-down row's name, linking to its record's page where the record kind has one (a
 * building, a meeting or a contract has none of its own yet: plain text).
 */
export const RecordLink = ({ row }: { row: TFigureRow }) => {
  const { recordId: id, label } = row
  switch (row.recordType) {
    case 'party_member':
      return (
        <Link to={recordPaths.partyMember} params={{ memberId: id }}>
          {label}
        </Link>
      )
    case 'resident':
      return (
        <Link to={recordPaths.resident} params={{ residentId: id }}>
          {label}
        </Link>
      )
    case 'household':
      return (
        <Link to={recordPaths.household} params={{ householdId: id }}>
          {label}
        </Link>
      )
    case 'rental_property':
      return (
        <Link to={recordPaths.rentalProperty} params={{ propertyId: id }}>
          {label}
        </Link>
      )
    case 'temporary_resident':
      return (
        <Link to={recordPaths.temporaryResident} params={{ id }}>
          {label}
        </Link>
      )
    case 'subsidy_case':
      return (
        <Link to={recordPaths.subsidyCase} params={{ caseId: id }}>
          {label}
        </Link>
      )
    case 'subsidy_payout':
      return (
        <Link to={recordPaths.subsidyPayout} params={{ payoutId: id }}>
          {label}
        </Link>
      )
    case 'patrol_log':
      return (
        <Link to={recordPaths.patrolLog} params={{ logId: id }}>
          {label}
        </Link>
      )
    default:
      return <>{label}</>
  }
}
