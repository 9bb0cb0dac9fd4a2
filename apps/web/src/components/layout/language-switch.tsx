import { Segmented } from 'antd'
import { useTranslation } from 'react-i18next'
import { changeLanguage } from '@/lib/i18n'
import { isUiLanguage, type TUiLanguage } from '@/lib/language'

/** 中文 / English. Only the choice is remembered (localStorage), nothing else. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation()
  const value: TUiLanguage = i18n.language === 'en' ? 'en' : 'zh-CN'
  return (
    <Segmented<TUiLanguage>
      size="small"
      aria-label={t('language.label')}
      value={value}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">{t('language.zh')}</span> },
        { value: 'en', label: <span lang="en">{t('language.en')}</span> },
      ]}
      onChange={(next) => {
        if (isUiLanguage(next)) void changeLanguage(next)
      }}
    />
  )
}
