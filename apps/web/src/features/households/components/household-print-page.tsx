import { ArrowLeftOutlined } from '@ant-design/icons'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import type { THousehold } from '@cr/shared/households/household'
import { useTranslation } from 'react-i18next'
import { printDate } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { PrintFields, PrintTable } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { useHousehold } from '../api/get-household'

type TMember = THousehold['members'][number]

/** 户籍登记表: the dwelling, the head, and every member with their relationship to the head. */
const HouseholdSheet = ({ household: h }: { household: THousehold }) => {
  const { t, i18n } = useTranslation('print')
  return (
    <>
      <PrintFields
        caption={t('household.title')}
        fields={[
          { key: 'address', label: t('household.address'), value: h.dwelling.address, wide: true },
          { key: 'head', label: t('household.head'), value: h.head.name },
          {
            key: 'count',
            label: t('household.count'),
            value: t('household.countValue', { count: h.members.length }),
          },
        ]}
      />
      <h2 className="print-section-title">{t('household.members')}</h2>
      <PrintTable<TMember>
        caption={t('household.members')}
        rows={h.members}
        rowKey={(m) => m.resident.id}
        columns={[
          { key: 'name', title: t('household.name'), nowrap: true, render: (m) => m.resident.name },
          {
            key: 'relationship',
            title: t('household.relationship'),
            align: 'center',
            render: (m) => relationshipTable.nameOf(m.relationship) ?? m.relationship,
          },
          {
            key: 'idNumber',
            title: t('household.idNumber'),
            render: (m) => <span className="mono">{m.idNumberMasked}</span>,
          },
          {
            key: 'joinedOn',
            title: t('household.joinedOn'),
            align: 'center',
            render: (m) => printDate(m.joinedOn, i18n.language),
          },
        ]}
      />
    </>
  )
}

/** The printable 户籍登记表 of one household, opened from the household page's 打印. */
export const HouseholdPrintPage = ({ householdId }: { householdId: string }) => {
  const { t } = useTranslation('print')
  const query = useHousehold(householdId)
  return (
    <PrintPage
      back={
        <ButtonLink
          to={recordPaths.household}
          params={{ householdId }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('back')}
        </ButtonLink>
      }
      title={t('household.title')}
      meta={
        query.data ? [{ label: t('household.committee'), value: query.data.committee.name }] : []
      }
      state={query}
    >
      {query.data && <HouseholdSheet household={query.data} />}
    </PrintPage>
  )
}
