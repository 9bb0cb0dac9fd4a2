import type { TPartyMember } from '@cr/shared/party/party-member'
import { transferLetterStatus } from '@cr/shared/party/transfer-letter'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a letter's DTO needs besides its row: the member it was issued for. */
export const partyTransferInclude = {
  member: {
    select: {
      id: true,
      status: true,
      resident: { select: { name: true, sex: true, birthDate: true, idNumberMasked: true } },
    },
  },
} as const

export const toPartyTransferDto = (
  row: NonNullable<Awaited<ReturnType<TTransaction['partyTransfer']['findFirst']>>> & {
    member: {
      id: string
      status: string
      resident: { name: string; sex: string; birthDate: Date; idNumberMasked: string }
    }
  },
  today: string,
) => {
  const letter = {
    issuedOn: fromDbDate(row.issuedOn),
    validDays: row.validDays,
    receiptReturnedOn: row.receiptReturnedOn ? fromDbDate(row.receiptReturnedOn) : null,
  }
  const state = transferLetterStatus(letter, today)
  const birth = row.member.resident.birthDate
  return {
    id: row.id,
    member: {
      id: row.member.id,
      name: row.member.resident.name,
      sex: row.member.resident.sex as '1' | '2',
      age: new Date().getUTCFullYear() - birth.getUTCFullYear(),
      status: row.member.status as TPartyMember['status'],
      idNumberMasked: row.member.resident.idNumberMasked,
    },
    direction: row.direction as 'out' | 'in',
    serialNumber: row.serialNumber,
    fromOrganization: row.fromOrganization,
    toOrganization: row.toOrganization,
    duesPaidThrough: row.duesPaidThrough,
    issuedOn: letter.issuedOn,
    validUntil: state.ok ? state.value.validUntil : letter.issuedOn,
    receiptReturnedOn: letter.receiptReturnedOn,
    status: state.ok ? state.value.status : ('expired' as const),
    printCount: row.printCount,
  }
}
