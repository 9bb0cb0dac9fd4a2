import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { sexTable } from '@cr/shared/code-tables/sex'
import { residenceReasonLabels } from '@cr/shared/rentals/rental-codes'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import type { TTemporaryResident } from '@cr/shared/rentals/temporary-resident'
import type { TResident } from '@cr/shared/residents/resident'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { printDate } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { allQueries } from '@/components/print/print-state'
import { PrintFields } from '@/components/print/print-table'
import type { TRevealTarget } from '@/components/reveal/reveal-modal'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { usePerson } from '../api/get-person'
import { getRentalPropertyQueryOptions } from '../api/get-rental-property'
import { useTemporaryResident } from '../api/get-temporary-resident'

const RevealModal = lazyOnIdle(() =>
  import('@/components/reveal/reveal-modal').then((m) => m.RevealModal),
)

type TSheetProps = {
  resident: TTemporaryResident
  person: TResident
  property: TRentalProperty | null
  idNumber: string | null
}

/**
 * 暂住人口登记表: the person (ID number masked unless revealed for this printing), 户籍地, where
 * they stay, why, where they work, phone, the dates, the 房主/出租人, and the signature lines of
 * the 申报人 and the 登记人.
 */
const RegistrationSheet = ({ resident: r, person: p, property, idNumber }: TSheetProps) => {
  const { t, i18n } = useTranslation('rentals')
  const lang = i18n.language
  const none = t('values.none')
  const landlord = property?.landlord
  return (
    <>
      <PrintFields
        caption={t('trPrint.person')}
        fields={[
          { key: 'name', label: t('print.name'), value: p.name },
          { key: 'sex', label: t('desk.sex'), value: sexTable.nameOf(p.sex) ?? p.sex },
          {
            key: 'ethnicity',
            label: t('trPrint.ethnicity'),
            value: p.ethnicity ? (ethnicityTable.nameOf(p.ethnicity) ?? p.ethnicity) : none,
          },
          {
            key: 'birthDate',
            label: t('desk.birthDate'),
            value: p.birthDate ? printDate(p.birthDate, lang) : none,
          },
          {
            key: 'idNumber',
            label: t('print.idNumber'),
            value: <span className="mono">{idNumber ?? r.person.idNumberMasked}</span>,
            wide: true,
          },
          {
            key: 'householdRegion',
            label: t('temporary.householdRegion'),
            value: r.householdRegion ?? none,
            wide: true,
          },
        ]}
      />
      <h2 className="print-section-title">{t('trPrint.stay')}</h2>
      <PrintFields
        caption={t('trPrint.stay')}
        fields={[
          { key: 'address', label: t('trPrint.address'), value: r.dwelling.name, wide: true },
          {
            key: 'reason',
            label: t('temporary.reason'),
            value: pickLabel(residenceReasonLabels[r.reason], lang),
          },
          { key: 'employer', label: t('trPrint.employer'), value: r.employer ?? none },
          {
            key: 'phone',
            label: t('print.phone'),
            value: <span className="mono">{r.person.phoneMasked ?? none}</span>,
          },
          {
            key: 'movedInOn',
            label: t('trPrint.movedInOn'),
            value: printDate(r.movedInOn, lang),
          },
          {
            key: 'declaredOn',
            label: t('trPrint.declaredOn'),
            value: r.declaredOn ? printDate(r.declaredOn, lang) : none,
          },
          {
            key: 'landlord',
            label: t('trPrint.landlord'),
            value: landlord ? `${landlord.name}（${landlord.phoneMasked ?? none}）` : none,
          },
          ...(r.contract
            ? [{ key: 'contract', label: t('tr.contract'), value: r.contract.name }]
            : []),
        ]}
      />
      <p className="print-note">{t('trPrint.closing')}</p>
      <p className="print-signatures">
        <span>{t('trPrint.declarantSign')}</span>
        <span>{t('trPrint.clerkSign')}</span>
      </p>
      <p className="print-signatures">
        <span>{t('print.date')}</span>
        <span>{t('print.date')}</span>
      </p>
    </>
  )
}

/** The printable 暂住人口登记表 of one registration, opened from the resident's page. */
export const TemporaryResidentPrintPage = ({ id }: { id: string }) => {
  const { t } = useTranslation(['rentals', 'print', 'residents'])
  const canReveal = useCan('resident:reveal')
  const resident = useTemporaryResident(id)
  const person = usePerson(resident.data?.person.id)
  const propertyId = resident.data?.property?.id
  const property = useQuery({
    ...getRentalPropertyQueryOptions(propertyId ?? ''),
    enabled: Boolean(propertyId),
  })
  // The full number, for this printing only: this page's state, never a cache.
  const [idNumber, setIdNumber] = useState<string | null>(null)
  const [revealing, setRevealing] = useState<TRevealTarget | null>(null)
  const loaded = resident.data !== undefined
  const state = allQueries(
    resident,
    loaded ? person : { ...person, isPending: true },
    ...(propertyId ? [property] : []),
  )
  const r = resident.data
  return (
    <PrintPage
      back={
        <Space wrap>
          <ButtonLink
            to={recordPaths.temporaryResident}
            params={{ id }}
            kind="link"
            icon={<ArrowLeftOutlined aria-hidden />}
          >
            {t('print:back')}
          </ButtonLink>
          {canReveal && r && !idNumber && (
            <Button
              type="link"
              icon={<EyeOutlined aria-hidden />}
              onClick={() =>
                setRevealing({ id: r.person.id, name: r.person.name, field: 'idNumber' })
              }
            >
              {t('trPrint.reveal')}
            </Button>
          )}
        </Space>
      }
      title={t('trPrint.title')}
      meta={r ? [{ label: t('fields.committee'), value: r.committee.name }] : []}
      state={resident.isError ? resident : state}
    >
      {r && person.data && (
        <RegistrationSheet
          resident={r}
          person={person.data}
          property={property.data ?? null}
          idNumber={idNumber}
        />
      )}
      {revealing && (
        <RevealModal
          target={revealing}
          onClose={() => setRevealing(null)}
          onRevealed={(value) => setIdNumber(value)}
        />
      )}
    </PrintPage>
  )
}
