import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { i18n } from './i18n'

/**
 * dayjs in the UI language (month and weekday names; the week's first day in antd's date
 * pickers, which read dayjs's global locale). The web app imports dayjs from here, never from
 * the package (ESLint): dayjs and its Chinese locale then load with the first page that uses a
 * date, not with the sign-in page or the residents list, which use none (the bundle budget,
 * ARCHITECTURE.md "The web build").
 */
const follow = (language: string) => {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn')
}
follow(i18n.language)
i18n.on('languageChanged', follow)

export default dayjs
