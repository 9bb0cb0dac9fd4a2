import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { watchAntdAccessibleNames } from './lib/antd-accessible-names'
import { i18nReady } from './lib/i18n'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

watchAntdAccessibleNames()
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
