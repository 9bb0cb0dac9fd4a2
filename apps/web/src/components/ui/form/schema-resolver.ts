import { zodResolver } from '@hookform/resolvers/zod'
import type { FieldValues, Resolver } from 'react-hook-form'
import type { z } from 'zod'

/**
 * zodResolver for a form whose values are the inputs' shape (a Select starts `undefined`, a
 * blank date is `null`) rather than the schema's input type. The schema still decides what is
 * valid and what is submitted; only the static value type is declared by the form.
 */
export const schemaResolver = <TValues extends FieldValues, TOut>(schema: z.ZodType<TOut>) =>
  zodResolver(schema as unknown as z.ZodType<TOut, FieldValues>) as unknown as Resolver<
    TValues,
    unknown,
    TOut
  >
