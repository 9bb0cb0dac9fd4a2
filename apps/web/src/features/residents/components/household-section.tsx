import { HomeOutlined } from '@ant-design/icons'
import { Link } from '@tanstack/react-router'
import { Card, Descriptions, Empty, List, Skeleton, Tag } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { residentStatusLabels } from '@cr/shared/residents/life-event'
import type { TResident } from '@cr/shared/residents/resident'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { paths, recordPaths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { useResidentHousehold } from '../api/get-resident-household'

const relationName = (code: string) => relationshipTable.nameOf(code) ?? code

/** The other members of the resident's household, with their relationship to the head. */
const Members = ({ householdId, selfId }: { householdId: string; selfId: string }) => {
  const { t } = useTranslation('residents')
  const query = useResidentHousehold(householdId)
  if (query.isPending) return <Skeleton active title={false} paragraph={{ rows: 3 }} />
  if (query.isError) return <ProblemAlert error={query.error} />
  const others = query.data.members.filter((m) => m.resident.id !== selfId)
  return (
    <List
      size="small"
      header={<strong>{t('profile.members')}</strong>}
      locale={{ emptyText: t('profile.noOtherMembers') }}
      dataSource={others}
      renderItem={(m) => (
        <List.Item>
          <Link to={recordPaths.resident} params={{ residentId: m.resident.id }}>
            {m.resident.name}
          </Link>
          <span>
            {m.isHead ? (
              <Tag color="blue">{relationName(m.relationship)}</Tag>
            ) : (
              relationName(m.relationship)
            )}
          </span>
        </List.Item>
      )}
    />
  )
}

/** 户籍与居住: address, relationship to the head, the household page and its other members. */
export const HouseholdSection = ({ resident }: { resident: TResident }) => {
  const { t, i18n } = useTranslation('residents')
  const household = resident.household
  const title = <h2 className="card-title">{t('profile.household')}</h2>
  // Someone who left (迁出, 死亡, 入伍…) is in no household: the history card below says which.
  if (!household && resident.status !== 'active')
    return (
      <Card title={title} size="small">
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <div style={{ fontWeight: 500 }}>
                {t('profile.leftRegister', {
                  status: pickLabel(residentStatusLabels[resident.status], i18n.language),
                })}
              </div>
              <div>{t('profile.leftRegisterHint')}</div>
            </>
          }
        />
      </Card>
    )
  if (!household)
    return (
      <Card title={title} size="small">
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <>
              <div style={{ fontWeight: 500 }}>{t('profile.noHousehold')}</div>
              <div>{t('profile.noHouseholdHint')}</div>
            </>
          }
        >
          <ButtonLink to={paths.places}>{t('profile.goToPlaces')}</ButtonLink>
        </Empty>
      </Card>
    )
  return (
    <Card
      title={title}
      size="small"
      extra={
        <ButtonLink
          to={recordPaths.household}
          params={{ householdId: household.id }}
          size="small"
          icon={<HomeOutlined aria-hidden />}
        >
          {t('profile.openHousehold')}
        </ButtonLink>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'address', label: t('fields.address'), children: household.address },
          {
            key: 'relationship',
            label: t('fields.relationship'),
            children: relationName(household.relationship),
          },
        ]}
      />
      <Members householdId={household.id} selfId={resident.id} />
    </Card>
  )
}
