import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { useMemo } from 'react'
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form'
import { z } from 'zod'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useSubsidyCaseStep, type TSubsidyCaseStep } from '../api/write-subsidy-case'

type TOptions<TValues extends FieldValues> = {
  record: TSubsidyCase
  step: TSubsidyCaseStep
  /** The contract's body schema of the step (`ZSubsidyInvestigate` …): it decides what is valid. */
  schema: z.ZodType
  /** The values as the API takes them; amounts stay in yuan as typed (the API reads them). */
  toInput: (values: TValues) => object
  defaultValues: DefaultValues<TValues>
  fields: readonly Path<TValues>[]
  done: string
  confirm?: { title: string; content: string }
  onDone: () => void
}

/**
 * One step's form, declared once: validated by the contract's schema on the input the API will
 * get, sent as that input (not the schema's output: yuan would arrive as 分) on the version the
 * clerk saw, with one Idempotency-Key per submission.
 */
export const useCaseStepForm = <TValues extends FieldValues>(options: TOptions<TValues>) => {
  const { record, schema, toInput } = options
  const resolver = useMemo(
    () => schemaResolver<TValues, unknown>(z.preprocess((raw) => toInput(raw as TValues), schema)),
    [schema, toInput],
  )
  const form = useForm<TValues, unknown, unknown>({
    resolver,
    defaultValues: options.defaultValues,
  })
  const step = useSubsidyCaseStep(options.step)
  const submit = useSubmit({
    form,
    fields: options.fields,
    confirm: options.confirm,
    send: (_data, idempotencyKey) =>
      step.mutateAsync({
        id: record.id,
        version: record.version,
        data: toInput(form.getValues()),
        idempotencyKey,
      }),
    done: options.done,
    onDone: options.onDone,
  })
  return { form, submit }
}
