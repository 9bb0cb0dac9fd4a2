import { Card, Descriptions, Skeleton, Typography } from 'antd'
import { memberStatusLabels } from '@cr/shared/party/party-codes'
import type { TResident } from '@cr/shared/residents/resident'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { useResidentPartyMembership } from '../api/get-resident-party-membership'

/** 党员信息 on the profile: status and branch, and the way to the member's record. */
export const PartyMembershipSection = ({ resident }: { resident: TResident }) => {
  const { t, i18n } = useTranslation('party')
  const canRead = useCan('party:read')
  const query = useResidentPartyMembership(resident, canRead)
  if (!canRead) return null
  const member = query.data
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('residentSection.title')}</h2>}
      extra={
        member && (
          <ButtonLink to={recordPaths.partyMember} params={{ memberId: member.id }} size="small">
            {t('residentSection.open')}
          </ButtonLink>
        )
      }
    >
      {query.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : member ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'status',
              label: t('profile.fields.status'),
              children: pickLabel(memberStatusLabels[member.status], i18n.language),
            },
            {
              key: 'branch',
              label: t('residentSection.branch'),
              children: member.organization.name,
            },
            { key: 'joinedOn', label: t('profile.fields.joinedOn'), children: member.joinedOn },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('residentSection.none')}</Typography.Text>
      )}
    </Card>
  )
}
