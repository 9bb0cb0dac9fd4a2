import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { watchAntdAccessibleNames } from './lib/antd-accessible-names'
import { i18nReady } from './lib/i18n'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

watchAntdAccessibleNames()
// The words of every validation message, both languages (shared common/issue.ts): fetched at
// once but not waited for — the sign-in page shows without them, and a message is needed only
// when a value fails.
void import('@cr/shared/common/error-messages')
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
