import { HomeOutlined, UserAddOutlined } from '@ant-design/icons'
import { Button, Card, Empty, List, Skeleton } from 'antd'
import type { TDwelling } from '@cr/shared/places/dwelling'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { useDwellingHouseholds } from '../api/get-dwelling-households'

type TProps = { dwelling: TDwelling; onCreate: () => void }

/** 本房屋的户, each with a link to its page; 登记住户 registers one with all its members. */
export const DwellingHouseholds = ({ dwelling, onCreate }: TProps) => {
  const { t } = useTranslation('places')
  const canWrite = useCan('registry:write')
  const query = useDwellingHouseholds(dwelling.id)
  const create = canWrite && (
    <Button type="primary" size="small" icon={<UserAddOutlined aria-hidden />} onClick={onCreate}>
      {t('register.open')}
    </Button>
  )
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('dwellingDetails.households')}</h2>}
      extra={create}
    >
      {query.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('dwellingDetails.noHousehold')}
        />
      ) : (
        <List
          size="small"
          dataSource={query.data.items}
          renderItem={(h) => (
            <List.Item
              actions={[
                <ButtonLink
                  key="open"
                  to={recordPaths.household}
                  params={{ householdId: h.id }}
                  size="small"
                  icon={<HomeOutlined aria-hidden />}
                >
                  {t('dwellingDetails.openHousehold')}
                </ButtonLink>,
              ]}
            >
              {t('dwellingDetails.householdSummary', {
                name: h.head.name,
                count: h.members.length,
              })}
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
