import { ArrowLeftOutlined } from '@ant-design/icons'
import { meetingTypeLabels } from '@cr/shared/party/party-codes'
import type { TPartyMeeting } from '@cr/shared/party/party-meeting'
import { useTranslation } from 'react-i18next'
import { printDate } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { PrintFields, PrintTable } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { paths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { useMeeting } from '../api/meetings'

type TAttendee = TPartyMeeting['attendance'][number]

/** 会议记录: type, date, title, who came, who did not and why, and the minutes. */
const MeetingSheet = ({ meeting: m }: { meeting: TPartyMeeting }) => {
  const { t, i18n } = useTranslation('print')
  const lang = i18n.language
  const present = m.attendance.filter((a) => a.present)
  const absent = m.attendance.filter((a) => !a.present)
  return (
    <>
      <PrintFields
        caption={t('meeting.title')}
        fields={[
          {
            key: 'type',
            label: t('meeting.type'),
            value: pickLabel(meetingTypeLabels[m.type], lang),
          },
          { key: 'heldOn', label: t('meeting.heldOn'), value: printDate(m.heldOn, lang) },
          { key: 'subject', label: t('meeting.subject'), value: m.title, wide: true },
          {
            key: 'attendance',
            label: t('meeting.attendance'),
            wide: true,
            value: t('meeting.attendanceValue', {
              total: m.attendance.length,
              present: present.length,
              absent: absent.length,
            }),
          },
          {
            key: 'present',
            label: t('meeting.present'),
            wide: true,
            value: present.map((a) => a.member.name).join('、') || t('empty'),
          },
        ]}
      />
      <h2 className="print-section-title">{t('meeting.absent')}</h2>
      <PrintTable<TAttendee>
        caption={t('meeting.absent')}
        rows={absent}
        rowKey={(a) => a.member.id}
        columns={[
          {
            key: 'name',
            title: t('meeting.absentName'),
            nowrap: true,
            render: (a) => a.member.name,
          },
          {
            key: 'reason',
            title: t('meeting.absenceReason'),
            render: (a) => a.absenceReason ?? t('meeting.noReason'),
          },
        ]}
      />
      <h2 className="print-section-title">{t('meeting.minutes')}</h2>
      <div className="print-box print-text" role="region" aria-label={t('meeting.minutes')}>
        {m.minutes ?? t('meeting.noMinutes')}
      </div>
      <p className="print-signatures">
        <span>{t('meeting.host')}</span>
        <span>{t('meeting.recorder')}</span>
      </p>
    </>
  )
}

/** The printable 会议记录 of one meeting, opened from the meetings tab. */
export const MeetingPrintPage = ({ meetingId }: { meetingId: string }) => {
  const { t } = useTranslation('print')
  const query = useMeeting(meetingId)
  const organizationId = query.data?.organization.id
  return (
    <PrintPage
      back={
        <ButtonLink
          to={paths.party}
          search={organizationId ? { org: organizationId, tab: 'meetings' } : {}}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('back')}
        </ButtonLink>
      }
      title={t('meeting.title')}
      meta={
        query.data
          ? [{ label: t('meeting.organization'), value: query.data.organization.name }]
          : []
      }
      state={query}
    >
      {query.data && <MeetingSheet meeting={query.data} />}
    </PrintPage>
  )
}
