import { theme } from 'antd'
import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { changeLanguage } from '@/lib/i18n'
import type { TUiLanguage } from '@/lib/language'

const languages: TUiLanguage[] = ['zh-CN', 'en']

/**
 * 中文 / English. Only the choice is remembered (localStorage), nothing else.
 *
 * Two radio buttons drawn from the theme's tokens as antd's small Segmented draws them, not
 * with Segmented: it is on the sign-in page, and Segmented brings Tooltip with its popup engine
 * (trigger, portal, motion; 15 KiB gzip) into the first load (ARCHITECTURE.md "The web build").
 * Arrow keys move the choice, as in any radio group.
 */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation()
  const { token } = theme.useToken()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const value: TUiLanguage = i18n.language === 'en' ? 'en' : 'zh-CN'
  const choose = (next: TUiLanguage) => {
    if (next !== value) void changeLanguage(next)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[event.key]
    if (!step) return
    event.preventDefault()
    const index = (languages.indexOf(value) + step + languages.length) % languages.length
    const next = languages[index] ?? value
    choose(next)
    buttons.current[index]?.focus()
  }
  return (
    <div
      role="radiogroup"
      aria-label={t('language.label')}
      className="language-switch"
      onKeyDown={onKeyDown}
      style={{ background: token.colorBgLayout, borderRadius: token.borderRadius }}
    >
      {languages.map((language, index) => {
        const checked = language === value
        return (
          <button
            key={language}
            ref={(button) => {
              buttons.current[index] = button
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            lang={language}
            onClick={() => choose(language)}
            style={{
              borderRadius: token.borderRadiusSM,
              color: checked ? token.colorText : token.colorTextSecondary,
              background: checked ? token.colorBgElevated : 'transparent',
              boxShadow: checked ? token.boxShadowTertiary : 'none',
            }}
          >
            {t(language === 'en' ? 'language.en' : 'language.zh')}
          </button>
        )
      })}
    </div>
  )
}
