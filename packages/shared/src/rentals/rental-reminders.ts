import { z } from 'zod'
import { ZDate, ZId, ZRef } from '../common/record.ts'

/** One thing to act on: the record, what it is about (an address, a person), its date. */
const ZReminderItem = z.object({
  id: ZId.describe(
    'The record to open (a contract, a registration, an inspection, a person pending)',
  ),
  title: z.string().describe('The dwelling’s address or the person’s name'),
  detail: z.string().nullable(),
  date: ZDate.describe(
    'The day it is about: the lease’s end, the deadline, the due date, the report',
  ),
  committee: ZRef,
  propertyId: ZId.nullable().describe('The rented dwelling it is about (its page), if any'),
})

const ZReminderList = z.object({
  total: z.number().int().nonnegative(),
  items: z.array(ZReminderItem).describe('The first 50, most urgent first'),
})

/** 出租房屋提醒 on a day, in the caller's committees. */
export const ZRentalReminders = z
  .object({
    today: ZDate,
    contractsEnding: ZReminderList.describe('Contracts in force ending within 30 days'),
    contractsExpiredOccupied: ZReminderList.describe(
      'Contracts expired, not renewed or cancelled, with temporary residents still living there',
    ),
    registrationsOverdue: ZReminderList.describe('Not declared by the 3-working-day deadline'),
    endorsementsDue: ZReminderList.describe('居住证 签注 due within 30 days or overdue'),
    rectificationsOverdue: ZReminderList.describe('Rectification deadline passed, not confirmed'),
    pendingRegistrations: ZReminderList.describe('People known to live there, not registered'),
  })
  .meta({ id: 'RentalReminders' })
export type TRentalReminders = z.infer<typeof ZRentalReminders>
