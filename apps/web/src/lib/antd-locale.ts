import type { Locale } from 'antd/es/locale'
// The ES module paths: `antd/locale/…` resolves to antd's CommonJS build, which brought a second
// copy of the date pickers' locales into the first load. (English is antd's built-in default,
// so it is in the first load whatever we import.)
import enUS from 'antd/es/locale/en_US'
import zhCN from 'antd/es/locale/zh_CN'

/** antd's own texts (pagination, date pickers, empty states) for the UI language. */
export const antdLocaleFor = (language: 'en' | 'zh-CN'): Locale => (language === 'en' ? enUS : zhCN)
