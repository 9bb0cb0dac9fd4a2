import { ArrowLeftOutlined } from '@ant-design/icons'
import { educationTable } from '@cr/shared/code-tables/education'
import { employmentStatusTable } from '@cr/shared/code-tables/employment-status'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { maritalStatusTable } from '@cr/shared/code-tables/marital-status'
import { politicalStatusTable } from '@cr/shared/code-tables/political-status'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { sexTable } from '@cr/shared/code-tables/sex'
import type { TResident } from '@cr/shared/residents/resident'
import { populationCategoryLabels, residentTagLabels } from '@cr/shared/residents/resident-codes'
import { useTranslation } from 'react-i18next'
import { printDate } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { PrintFields, type TPrintField } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { useResident } from '../api/get-resident'

const nameIn = (table: { nameOf: (code: string) => string | undefined }, code: string | null) =>
  code ? (table.nameOf(code) ?? code) : '—'

/** 居民信息表: the profile's 基本信息 on paper; the ID number and phone as the screen masks them. */
export const ResidentSheet = ({ resident: r }: { resident: TResident }) => {
  const { t, i18n } = useTranslation('print')
  const lang = i18n.language
  const fields: TPrintField[] = [
    { key: 'name', label: t('resident.name'), value: r.name },
    { key: 'sex', label: t('resident.sex'), value: sexTable.nameOf(r.sex) ?? r.sex },
    { key: 'birthDate', label: t('resident.birthDate'), value: printDate(r.birthDate, lang) },
    { key: 'age', label: t('resident.age'), value: t('resident.ageValue', { age: r.age }) },
    {
      key: 'idNumber',
      label: t('resident.idNumber'),
      value: <span className="mono">{r.idNumberMasked}</span>,
    },
    {
      key: 'ethnicity',
      label: t('resident.ethnicity'),
      value: nameIn(ethnicityTable, r.ethnicity),
    },
    {
      key: 'education',
      label: t('resident.education'),
      value: nameIn(educationTable, r.education),
    },
    {
      key: 'politicalStatus',
      label: t('resident.politicalStatus'),
      value: nameIn(politicalStatusTable, r.politicalStatus),
    },
    {
      key: 'maritalStatus',
      label: t('resident.maritalStatus'),
      value: nameIn(maritalStatusTable, r.maritalStatus),
    },
    {
      key: 'employmentStatus',
      label: t('resident.employmentStatus'),
      value: nameIn(employmentStatusTable, r.employmentStatus),
    },
    {
      key: 'phone',
      label: t('resident.phone'),
      value: <span className="mono">{r.phoneMasked ?? '—'}</span>,
    },
    {
      key: 'category',
      label: t('resident.category'),
      value: pickLabel(populationCategoryLabels[r.category], lang),
    },
    {
      key: 'tags',
      label: t('resident.tags'),
      value: r.tags.map((tag) => pickLabel(residentTagLabels[tag], lang)).join('、') || '—',
    },
    { key: 'committee', label: t('resident.committee'), value: r.committee.name },
    {
      key: 'household',
      label: t('resident.household'),
      wide: true,
      value: r.household?.address ?? '—',
    },
    {
      key: 'relationship',
      label: t('resident.relationship'),
      value: r.household ? nameIn(relationshipTable, r.household.relationship) : '—',
    },
    { key: 'notes', label: t('resident.notes'), wide: true, value: r.notes ?? '—' },
  ]
  return <PrintFields caption={t('resident.identity')} fields={fields} />
}

/** The printable 居民信息表 of one resident, opened from the profile's 打印. */
export const ResidentPrintPage = ({ residentId }: { residentId: string }) => {
  const { t } = useTranslation('print')
  const query = useResident(residentId)
  return (
    <PrintPage
      back={
        <ButtonLink
          to={recordPaths.resident}
          params={{ residentId }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('back')}
        </ButtonLink>
      }
      title={t('resident.title')}
      meta={
        query.data ? [{ label: t('resident.committee'), value: query.data.committee.name }] : []
      }
      state={query}
    >
      {query.data && <ResidentSheet resident={query.data} />}
    </PrintPage>
  )
}
