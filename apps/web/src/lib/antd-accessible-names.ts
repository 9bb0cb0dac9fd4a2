import { i18n } from './i18n'

/**
 * antd names some of its own controls in English whatever the locale: the table's select-all box
 * ("Select all"), InputNumber's steppers ("Increase Value"), and icons inside controls (`down`,
 * `close-circle`, `eye-invisible`: every antd icon carries its file name as aria-label). A
 * Chinese screen reader read them out. One place renames them in the UI language, as antd draws
 * them: decorative icons inside a control that has its own name are hidden, and the controls
 * named only by an icon get a name.
 */

/** Icons whose control says what it is already (a select's arrow, a sorter, a tree's switch). */
const decorativeIcons = [
  '.ant-select-arrow',
  '.ant-select-suffix',
  '.ant-picker-suffix',
  '.ant-table-column-sorter',
  '.ant-tree-switcher',
  '.ant-dropdown-trigger',
  '.ant-btn',
  '.ant-menu-item',
  '.ant-tag',
  '.ant-alert',
  '.ant-result',
  '.ant-empty',
  '.ant-message',
  '.ant-form-item-feedback-icon',
].map((control) => `${control} span[role="img"]`)

type TKey =
  | 'clear'
  | 'close'
  | 'selectAll'
  | 'increase'
  | 'decrease'
  | 'togglePassword'
  | 'search'
  | 'previousPage'
  | 'nextPage'
  | 'previousPages'
  | 'nextPages'

/** Controls named only by an icon (or by antd in English), and the name each gets. */
const named: Array<[selector: string, key: TKey]> = [
  ['.ant-select-clear, .ant-input-clear-icon, .ant-picker-clear', 'clear'],
  ['.ant-modal-close, .ant-drawer-close, .ant-alert-close-icon, .ant-tag-close-icon', 'close'],
  ['.ant-table-selection-column th input[type="checkbox"], thead .ant-checkbox-input', 'selectAll'],
  ['.ant-input-number-action-up, .ant-input-number-handler-up', 'increase'],
  ['.ant-input-number-action-down, .ant-input-number-handler-down', 'decrease'],
  ['.ant-input-password-icon', 'togglePassword'],
  ['.ant-input-search-button', 'search'],
  // A numbered list's ‹ › and ••• (the li carries a title; the button inside only its icon).
  ['.ant-pagination-prev .ant-pagination-item-link', 'previousPage'],
  ['.ant-pagination-next .ant-pagination-item-link', 'nextPage'],
  ['.ant-pagination-jump-prev .ant-pagination-item-link', 'previousPages'],
  ['.ant-pagination-jump-next .ant-pagination-item-link', 'nextPages'],
]

const names: Record<'zh-CN' | 'en', Record<TKey, string>> = {
  'zh-CN': {
    clear: '清除',
    close: '关闭',
    selectAll: '全选本页',
    increase: '增加',
    decrease: '减少',
    togglePassword: '显示明文',
    search: '搜索',
    previousPage: '上一页',
    nextPage: '下一页',
    previousPages: '向前 5 页',
    nextPages: '向后 5 页',
  },
  en: {
    clear: 'Clear',
    close: 'Close',
    selectAll: 'Select all on this page',
    increase: 'Increase',
    decrease: 'Decrease',
    togglePassword: 'Show as text',
    search: 'Search',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    previousPages: 'Previous 5 pages',
    nextPages: 'Next 5 pages',
  },
}

const rename = (root: ParentNode) => {
  const language = i18n.language === 'en' ? 'en' : 'zh-CN'
  for (const icon of root.querySelectorAll(decorativeIcons.join(', ')))
    if (icon.getAttribute('aria-hidden') !== 'true') icon.setAttribute('aria-hidden', 'true')
  for (const [selector, key] of named)
    for (const control of root.querySelectorAll(selector)) {
      const name = names[language][key]
      if (control.getAttribute('aria-label') !== name) control.setAttribute('aria-label', name)
      // The icon inside is the control's picture, not a second name.
      for (const icon of control.querySelectorAll('span[role="img"]'))
        icon.setAttribute('aria-hidden', 'true')
    }
}

/** Renames now and whenever antd draws more (dialogs, drop-downs, rows) or the language changes. */
export const watchAntdAccessibleNames = (root: HTMLElement = document.body) => {
  rename(root)
  let scheduled = false
  const observer = new MutationObserver(() => {
    if (scheduled) return
    scheduled = true
    // Once per frame at most, after antd has finished drawing.
    requestAnimationFrame(() => {
      scheduled = false
      rename(root)
    })
  })
  observer.observe(root, { childList: true, subtree: true })
  i18n.on('languageChanged', () => rename(root))
  return () => observer.disconnect()
}
