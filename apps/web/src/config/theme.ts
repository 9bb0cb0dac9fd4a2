import type { ThemeConfig } from 'antd'
import type { TUiLanguage } from '@/lib/language'

// System fonts only, so nothing is downloaded. Chinese UI: CJK fonts first (full-width
// punctuation “”：looks right); English UI: Latin fonts first (’ and “” are not full-width).
const cjk =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"'
const latin = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial'

/**
 * Dense but readable on 1366×768 office screens; 14px is the smallest size read all day.
 * `motion: false` when the user prefers reduced motion (no zooming dialogs, sliding menus).
 */
export const themeFor = (language: TUiLanguage, motion = true): ThemeConfig => ({
  token: {
    motion,
    fontFamily: language === 'en' ? `${latin}, ${cjk}, sans-serif` : `${cjk}, ${latin}, sans-serif`,
    fontSize: 14,
    colorPrimary: '#1f5fbf',
    borderRadius: 4,
  },
  components: {
    Layout: { headerHeight: 52, headerPadding: '0 16px', siderBg: '#10243f', triggerBg: '#0c1c33' },
    Menu: { darkItemBg: '#10243f', darkSubMenuItemBg: '#0c1c33' },
    Table: { cellPaddingBlock: 8 },
  },
})
