import { useState } from 'react'
import { newIdempotencyKey } from '@/lib/api-client'
import { createIdempotencyKeeper, type TIdempotencyKeeper } from '@/lib/idempotency'

/** An idempotency keeper that lives as long as the form that submits. */
export const useIdempotencyKey = (): TIdempotencyKeeper => {
  const [keeper] = useState(() => createIdempotencyKeeper(newIdempotencyKey))
  return keeper
}
