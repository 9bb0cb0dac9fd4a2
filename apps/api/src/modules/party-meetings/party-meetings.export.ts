import { meetingTypeLabels } from '@cr/shared/party/party-codes'
import type { TPartyMeeting } from '@cr/shared/party/party-meeting'
import { toDbDate } from '../../lib/dates.ts'
import type { TExportColumn } from '../../exports/export-columns.ts'

const absent = (m: TPartyMeeting) => m.attendance.filter((a) => !a.present)

/** 会议记录 as a file: one row a meeting, with who was absent and why. */
export const meetingExportColumns: readonly TExportColumn<TPartyMeeting>[] = [
  { header: '召开日期', value: (m) => toDbDate(m.heldOn) },
  { header: '会议类型', value: (m) => meetingTypeLabels[m.type].zh },
  { header: '会议主题', width: 30, value: (m) => m.title },
  { header: '党组织', width: 24, value: (m) => m.organization.name },
  { header: '应到', value: (m) => m.attendance.length },
  { header: '实到', value: (m) => m.attendance.length - absent(m).length },
  {
    header: '缺席人员及原因',
    width: 36,
    value: (m) =>
      absent(m)
        .map((a) => (a.absenceReason ? `${a.member.name}（${a.absenceReason}）` : a.member.name))
        .join('、') || null,
  },
  { header: '会议记录', width: 40, value: (m) => m.minutes },
]
