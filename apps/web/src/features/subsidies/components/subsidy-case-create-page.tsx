import { useNavigate } from '@tanstack/react-router'
import { Alert, Card, Col, Row, Skeleton } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { useEffect, useMemo } from 'react'
import { useForm, useWatch, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { PageBreadcrumb } from '@/components/ui/page-breadcrumb'
import { PageHeader } from '@/components/ui/page-header'
import { paths, recordPaths } from '@/config/paths'
import { useCaseHousehold } from '../api/get-case-household'
import { useCreateSubsidyCase } from '../api/write-subsidy-case'
import {
  ZCaseForm,
  caseDetailFieldNames,
  caseInput,
  emptyCaseDetails,
  type TCaseValues,
} from '../utils/subsidy-case-values'
import { defaultSubsidyCaseSort } from '../utils/subsidy-case-search'
import { incomeSources, membersOfHousehold } from '../utils/subsidy-member-values'
import { CaseDetailFields } from './case-detail-fields'
import { MembersIncomeTable } from './members-income-table'

const card = (title: string) => <h2 className="card-title">{title}</h2>

/**
 * 受理低保申请: the applicant (a registry resident) names the household; its members living
 * together fill the income table; then the reason, the materials received and the account.
 * Opened from a household's page, the household is given and its head is the applicant.
 */
export const SubsidyCaseCreatePage = ({ householdId }: { householdId?: string }) => {
  const { t } = useTranslation('subsidies')
  const navigate = useNavigate()
  const form = useForm<TCaseValues, unknown, z.output<typeof ZCaseForm>>({
    resolver: schemaResolver(ZCaseForm),
    defaultValues: {
      householdId,
      applicantId: undefined,
      appliedOn: todayInChina(),
      members: [],
      ...emptyCaseDetails(),
    },
  })
  const [applicantId, members] = useWatch({
    control: form.control,
    name: ['applicantId', 'members'],
  })
  const { household, householdless } = useCaseHousehold(householdId, applicantId)
  const h = household.data
  // The household's members fill the table once it is known (again when the applicant changes).
  useEffect(() => {
    if (!h) return
    form.setValue('householdId', h.id)
    form.setValue('members', membersOfHousehold(h))
    if (!form.getValues('applicantId')) form.setValue('applicantId', h.head.id)
  }, [h, form])
  const create = useCreateSubsidyCase()
  const fields = useMemo(
    () =>
      [
        'applicantId',
        'appliedOn',
        'members',
        ...caseDetailFieldNames,
        ...members.flatMap((_, i) => incomeSources.map((s) => `members.${i}.income.${s}`)),
      ] as Path<TCaseValues>[],
    [members],
  )
  const submit = useSubmit({
    form,
    fields,
    send: (_data, idempotencyKey) =>
      create.mutateAsync({ data: caseInput(form.getValues()), idempotencyKey }),
    done: (c) => t('create.done', { name: c.applicant.name }),
    onDone: (c) => void navigate({ to: recordPaths.subsidyCase, params: { caseId: c.id } }),
  })
  const title = t('create.title')
  return (
    <>
      <PageBreadcrumb parent={paths.subsidyCases} current={title} />
      <PageHeader title={title} description={t('create.description')} />
      <SubmitForm
        submit={submit}
        aria-label={title}
        onCancel={() =>
          void navigate({ to: paths.subsidyCases, search: { sort: defaultSubsidyCaseSort } })
        }
        submitLabel={t('create.submit')}
      >
        <div className="stack">
          <section aria-label={t('create.applicant')}>
            <Card size="small" title={card(t('create.applicant'))}>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <FormField
                    control={form.control}
                    name="applicantId"
                    label={t('fields.applicant')}
                    required
                    extra={
                      h
                        ? t('create.householdOf', { address: h.dwelling.address })
                        : t('create.applicantHelp')
                    }
                  >
                    {({ value, onChange, onBlur }, a11y) => (
                      <ResidentPicker
                        {...a11y}
                        value={value}
                        // Another applicant's household replaces the table once it is known.
                        onChange={onChange}
                        onBlur={onBlur}
                        known={h ? h.members.map((m) => m.resident) : []}
                      />
                    )}
                  </FormField>
                </Col>
                <Col xs={24} md={12}>
                  <FormField
                    control={form.control}
                    name="appliedOn"
                    label={t('fields.appliedOn')}
                    required
                  >
                    {({ value, onChange }, a11y) => (
                      <DateInput {...a11y} value={value} onChange={onChange} />
                    )}
                  </FormField>
                </Col>
              </Row>
              {householdless && <Alert type="warning" showIcon title={t('create.householdless')} />}
            </Card>
          </section>
          <section aria-label={t('members.title')}>
            <Card size="small" title={card(t('members.title'))}>
              {household.isFetching && !h ? (
                <Skeleton active paragraph={{ rows: 3 }} />
              ) : members.length === 0 ? (
                <p className="text-secondary" style={{ margin: 0 }}>
                  {t('create.pickApplicantFirst')}
                </p>
              ) : (
                <>
                  <p className="fieldset-hint">{t('members.help')}</p>
                  <MembersIncomeTable control={form.control} />
                </>
              )}
            </Card>
          </section>
          <section aria-label={t('create.details')}>
            <Card size="small" title={card(t('create.details'))}>
              <CaseDetailFields control={form.control} />
            </Card>
          </section>
        </div>
      </SubmitForm>
    </>
  )
}
