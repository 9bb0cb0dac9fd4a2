import { Card, Col, Row, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

// 党员信息 is live (party-membership-section.tsx), and 暂住与出租 (components/rentals).
const sections = ['subsidy', 'patrol'] as const

/**
 * The modules still to come, said plainly: each section names what it will show, with no
 * made-up data and no controls that lead nowhere.
 */
export const PendingSections = () => {
  const { t } = useTranslation('residents')
  return (
    <Card title={<h2 className="card-title">{t('pending.title')}</h2>} size="small">
      <Row gutter={[12, 12]}>
        {sections.map((key) => (
          <Col xs={24} md={12} key={key}>
            <section aria-labelledby={`pending-${key}`} className="pending-section">
              <h3 id={`pending-${key}`} className="pending-title">
                {t(`pending.${key}.title`)} <Tag>{t('pending.soon')}</Tag>
              </h3>
              <Typography.Text type="secondary">{t(`pending.${key}.text`)}</Typography.Text>
            </section>
          </Col>
        ))}
      </Row>
    </Card>
  )
}
