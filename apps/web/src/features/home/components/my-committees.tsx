import { Flex, Tag, Typography } from 'antd'
import type { TMe } from '@cr/shared/auth/auth'
import { useTranslation } from 'react-i18next'

/** The committees in the user's data scope (from `me`, no extra request). */
export const MyCommittees = ({ me }: { me: TMe }) => {
  const { t } = useTranslation('home')
  const count = me.committees.length
  if (count === 0) {
    return (
      <Typography.Text type="warning">
        {me.allCommittees ? t('noCommitteesYet') : t('noCommittees')}
      </Typography.Text>
    )
  }
  return (
    <>
      <Typography.Paragraph type="secondary">
        {me.allCommittees ? t('allCommittees', { count }) : t('someCommittees', { count })}
      </Typography.Paragraph>
      <Flex
        wrap
        gap={6}
        component="ul"
        style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 300, overflow: 'auto' }}
      >
        {me.committees.map((c) => (
          <li key={c.id}>
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {c.name}
            </Tag>
          </li>
        ))}
      </Flex>
    </>
  )
}
