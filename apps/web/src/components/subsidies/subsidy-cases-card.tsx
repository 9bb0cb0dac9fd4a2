import { FileAddOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Card, List, Skeleton, Space, Tag } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import { ZSubsidyCasePage } from '@cr/shared/subsidies/subsidy-case'
import { subsidyStageLabels } from '@cr/shared/subsidies/subsidy-steps'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { paths, recordPaths } from '@/config/paths'
import { apiRequest } from '@/lib/api-client'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { recordRoots } from '@/lib/record-keys'

type TOf = { householdId: string } | { residentId: string }
const closed = ['stopped', 'refused']

/**
 * 低保 on a household's or a person's page: their cases (each a link, with its stage and the
 * amount in force), newest first; a household without an open case offers 申请低保. A person
 * with no case shows nothing.
 */
export const SubsidyCasesCard = ({ of }: { of: TOf }) => {
  const { t, i18n } = useTranslation('subsidies')
  const headingId = useId()
  const canRead = useCan('subsidy:read')
  const canWrite = useCan('subsidy:write')
  const query = useQuery({
    queryKey: [...recordRoots.subsidyCases, 'of', of] as const,
    queryFn: ({ signal }) =>
      apiRequest('/subsidy-cases', { query: { ...of, limit: 20 }, signal }, ZSubsidyCasePage),
    enabled: canRead,
  })
  const cases = query.data?.items ?? []
  const household = 'householdId' in of ? of.householdId : null
  const canApply = canWrite && household && !cases.some((c) => !closed.includes(c.stage))
  if (!canRead || (query.isSuccess && cases.length === 0 && !canApply)) return null
  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="card-title">
            {t('card.title')}
          </h2>
        }
        extra={
          canApply && query.isSuccess ? (
            <ButtonLink
              to={paths.subsidyCaseNew}
              search={{ householdId: household }}
              kind="link"
              size="small"
              icon={<FileAddOutlined aria-hidden />}
            >
              {t('card.apply')}
            </ButtonLink>
          ) : undefined
        }
      >
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : query.isError ? (
          <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
        ) : cases.length === 0 ? (
          <p className="text-secondary" style={{ margin: 0 }}>
            {t('card.none')}
          </p>
        ) : (
          <List
            size="small"
            dataSource={cases}
            renderItem={(c) => (
              <List.Item key={c.id}>
                <Space size={8} wrap>
                  <Link to={recordPaths.subsidyCase} params={{ caseId: c.id }}>
                    {t('card.case', { name: c.applicant.name, date: c.appliedOn })}
                  </Link>
                  <Tag>{pickLabel(subsidyStageLabels[c.stage], i18n.language)}</Tag>
                  {c.monthlyAmountFen !== null && c.stage === 'in_payment' && (
                    <span className="mono">
                      {t('card.monthly', { amount: formatYuan(c.monthlyAmountFen) })}
                    </span>
                  )}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </section>
  )
}
