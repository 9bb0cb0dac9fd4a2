import { Alert, Card, Descriptions, Typography } from 'antd'
import { sexTable } from '@cr/shared/code-tables/sex'
import { formatYuan } from '@cr/shared/party/money'
import { memberCategoryLabels, memberStatusLabels } from '@cr/shared/party/party-codes'
import { memberStateLabels, type TPartyMember } from '@cr/shared/party/party-member'
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { formatDate } from '@/lib/format'
import { pickLabel, toLabelLanguage } from '@/lib/language'
import { formatMonth } from '../utils/party-dates'

const title = (text: string) => <h2 className="card-title">{text}</h2>

/** 个人信息: the registry's facts about the person (masked), and the way to their profile. */
export const MemberPerson = ({ member }: { member: TPartyMember }) => {
  const { t } = useTranslation('party')
  const r = member.resident
  return (
    <Card
      size="small"
      title={title(t('profile.person'))}
      extra={
        <ButtonLink to={recordPaths.resident} params={{ residentId: r.id }} size="small">
          {t('profile.openResident')}
        </ButtonLink>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'idNumber',
            label: t('profile.fields.idNumber'),
            children: <span className="mono">{r.idNumberMasked}</span>,
          },
          { key: 'sex', label: t('profile.fields.sex'), children: sexTable.nameOf(r.sex) ?? '—' },
          { key: 'birthDate', label: t('profile.fields.birthDate'), children: r.birthDate },
          {
            key: 'age',
            label: t('profile.fields.age'),
            children: t('profile.ageValue', { age: r.age }),
          },
          { key: 'committee', label: t('profile.fields.committee'), children: r.committee.name },
          {
            key: 'phone',
            label: t('profile.fields.phone'),
            children: <span className="mono">{r.phoneMasked ?? '—'}</span>,
          },
        ]}
      />
    </Card>
  )
}

/** 党员信息 and 党费: the stages, 党龄, probation's end, the dues standard and 党费交至. */
export const MemberFacts = ({ member: m }: { member: TPartyMember }) => {
  const { t, i18n } = useTranslation('party')
  const lang = i18n.language
  return (
    <>
      <Card size="small" title={title(t('profile.facts'))}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'org', label: t('profile.fields.organization'), children: m.organization.name },
            {
              key: 'status',
              label: t('profile.fields.status'),
              children: pickLabel(memberStatusLabels[m.status], lang),
            },
            {
              key: 'state',
              label: t('profile.fields.state'),
              children: pickLabel(memberStateLabels[m.state], lang),
            },
            {
              key: 'category',
              label: t('profile.fields.category'),
              children: pickLabel(memberCategoryLabels[m.category], lang),
            },
            {
              key: 'appliedOn',
              label: t('profile.fields.appliedOn'),
              children: formatDate(m.appliedOn),
            },
            {
              key: 'activistOn',
              label: t('profile.fields.activistOn'),
              children: formatDate(m.activistOn),
            },
            {
              key: 'candidateOn',
              label: t('profile.fields.candidateOn'),
              children: formatDate(m.candidateOn),
            },
            { key: 'joinedOn', label: t('profile.fields.joinedOn'), children: m.joinedOn },
            ...(m.status === 'probationary'
              ? [
                  {
                    key: 'probationDueOn',
                    label: t('profile.fields.probationDueOn'),
                    children: (
                      <>
                        {formatDate(m.probationDueOn)}
                        {m.probationExtendedMonths ? (
                          <Typography.Text type="warning">
                            {' '}
                            （{t('profile.extendedMonths', { months: m.probationExtendedMonths })}）
                          </Typography.Text>
                        ) : null}
                      </>
                    ),
                  },
                ]
              : []),
            {
              key: 'fullMembershipOn',
              label: t('profile.fields.fullMembershipOn'),
              children: formatDate(m.fullMembershipOn),
            },
            {
              key: 'standing',
              label: t('profile.fields.standing'),
              children:
                m.partyStanding === null ? '—' : t('members.years', { count: m.partyStanding }),
            },
            {
              key: 'introducers',
              label: t('profile.fields.introducers'),
              children: m.introducers.join('、') || '—',
            },
            {
              key: 'posts',
              label: t('profile.fields.posts'),
              children: m.partyPosts.join('、') || '—',
            },
            ...(m.lostContactOn
              ? [
                  {
                    key: 'lost',
                    label: t('profile.fields.lostContactOn'),
                    children: m.lostContactOn,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={title(t('profile.dues'))}>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'standard',
              label: t('profile.fields.duesStandard'),
              children: t('profile.perMonth', { amount: formatYuan(m.dues.standardFen) }),
            },
            {
              key: 'rule',
              label: t('profile.fields.duesRule'),
              children: m.dues.description,
            },
            {
              key: 'paidThrough',
              label: t('profile.fields.paidThrough'),
              children: m.dues.paidThrough
                ? formatMonth(m.dues.paidThrough, lang)
                : t('profile.notYet'),
            },
          ]}
        />
        {m.dues.subsistenceCaseId && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            title={t('profile.subsistenceSuggested')}
            action={
              <ButtonLink
                to={recordPaths.subsidyCase}
                params={{ caseId: m.dues.subsistenceCaseId }}
                kind="link"
                size="small"
              >
                {t('profile.subsistenceCase')}
              </ButtonLink>
            }
          />
        )}
      </Card>
    </>
  )
}

export const stateText = (m: TPartyMember, language: string) =>
  memberStateLabels[m.state][toLabelLanguage(language)]
