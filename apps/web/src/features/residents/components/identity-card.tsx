import { Card, Descriptions } from 'antd'
import type { DescriptionsProps } from 'antd'
import { educationTable } from '@cr/shared/code-tables/education'
import { employmentStatusTable } from '@cr/shared/code-tables/employment-status'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { maritalStatusTable } from '@cr/shared/code-tables/marital-status'
import { politicalStatusTable } from '@cr/shared/code-tables/political-status'
import { sexTable } from '@cr/shared/code-tables/sex'
import type { TResident } from '@cr/shared/residents/resident'
import { useTranslation } from 'react-i18next'
import { useCan } from '@/lib/auth'
import { MaskedValue } from '@/components/reveal/masked-value'
import { CategoryTag, ResidentTagList } from './resident-tags'
import type { TRevealTarget } from '@/components/reveal/reveal-modal'

type TProps = { resident: TResident; onReveal: (target: TRevealTarget) => void }

const nameIn = (table: { nameOf: (code: string) => string | undefined }, code: string | null) =>
  code ? (table.nameOf(code) ?? code) : '—'

/** 基本信息: everything the register knows about the person, identifiers masked. */
export const IdentityCard = ({ resident: r, onReveal }: TProps) => {
  const { t } = useTranslation('residents')
  // Viewers never reveal: no button at all, not a disabled one.
  const canReveal = useCan('resident:reveal')
  const reveal = (field: TRevealTarget['field']) => () =>
    onReveal({ id: r.id, name: r.name, field })
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('fields.name'), children: r.name },
    {
      key: 'idNumber',
      label: t('fields.idNumber'),
      span: { xs: 1, lg: 2 },
      children: (
        <MaskedValue
          masked={r.idNumberMasked}
          revealLabel={canReveal ? t('reveal.idNumber') : undefined}
          onReveal={reveal('idNumber')}
        />
      ),
    },
    { key: 'sex', label: t('fields.sex'), children: sexTable.nameOf(r.sex) ?? r.sex },
    {
      key: 'birthDate',
      label: t('fields.birthDate'),
      children: `${r.birthDate}（${t('ageValue', { age: r.age })}）`,
    },
    {
      key: 'ethnicity',
      label: t('fields.ethnicity'),
      children: nameIn(ethnicityTable, r.ethnicity),
    },
    {
      key: 'education',
      label: t('fields.education'),
      children: nameIn(educationTable, r.education),
    },
    {
      key: 'politicalStatus',
      label: t('fields.politicalStatus'),
      children: nameIn(politicalStatusTable, r.politicalStatus),
    },
    {
      key: 'maritalStatus',
      label: t('fields.maritalStatus'),
      children: nameIn(maritalStatusTable, r.maritalStatus),
    },
    {
      key: 'employmentStatus',
      label: t('fields.employmentStatus'),
      children: nameIn(employmentStatusTable, r.employmentStatus),
    },
    {
      key: 'phone',
      label: t('fields.phone'),
      span: { xs: 1, lg: 2 },
      children: (
        <MaskedValue
          masked={r.phoneMasked}
          revealLabel={canReveal ? t('reveal.phone') : undefined}
          onReveal={reveal('phone')}
        />
      ),
    },
    {
      key: 'category',
      label: t('fields.category'),
      children: <CategoryTag category={r.category} />,
    },
    { key: 'tags', label: t('fields.tags'), children: <ResidentTagList tags={r.tags} /> },
    { key: 'committee', label: t('fields.committee'), children: r.committee.name },
    { key: 'notes', label: t('fields.notes'), span: { xs: 1, lg: 3 }, children: r.notes ?? '—' },
  ]
  return (
    <Card title={<h2 className="card-title">{t('profile.identity')}</h2>} size="small">
      <Descriptions
        items={items}
        // One pair a row on a phone: three would squeeze a name to a character a line.
        column={{ xs: 1, lg: 3 }}
        size="small"
        bordered
        styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
      />
    </Card>
  )
}
