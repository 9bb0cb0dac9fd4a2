import { Result } from 'antd'
import { ButtonLink } from '@/components/ui/button-link'
import { useTranslation } from 'react-i18next'
import { paths } from '@/config/paths'

export const PageNotFoundView = () => {
  const { t } = useTranslation()
  return (
    <Result
      status="404"
      title={t('errors.pageNotFound.title')}
      subTitle={t('errors.pageNotFound.description')}
      extra={
        <ButtonLink to={paths.home} kind="primary">
          {t('actions.backHome')}
        </ButtonLink>
      }
    />
  )
}
