import { useMutation } from '@tanstack/react-query'
import { ZRevealResponse, type ZRevealRequest } from '@cr/shared/residents/resident'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'

export type TRevealInput = { id: string } & z.output<typeof ZRevealRequest>

/**
 * Shows one full identifier for a stated reason (audited). No Idempotency-Key: the server does
 * not store the value for replays, so a replay could not show it anyway.
 */
export const revealResident = ({ id, field, reason }: TRevealInput) =>
  apiRequest(
    `/residents/${encodeURIComponent(id)}/reveal`,
    { method: 'POST', body: { field, reason } },
    ZRevealResponse,
  )

/**
 * The value is kept only by the modal that shows it: never in the query cache, and the
 * mutation forgets it as soon as the modal closes (gcTime 0).
 */
export const useRevealResident = () => useMutation({ mutationFn: revealResident, gcTime: 0 })
