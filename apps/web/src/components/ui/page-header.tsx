import { type ReactNode, useEffect } from 'react'
import { useTranslation } from 'react-i18next'

type TProps = { title: string; description?: ReactNode; actions?: ReactNode }

/**
 * The page's <h1>, a line of explanation and its main actions (新建…) on the right. The browser
 * tab says the page too (the record's name on a record's page), so tabs and history can be told
 * apart.
 */
export const PageHeader = ({ title, description, actions }: TProps) => {
  const { t } = useTranslation()
  const appName = t('appName')
  useEffect(() => {
    document.title = `${title} · ${appName}`
    return () => {
      document.title = appName
    }
  }, [title, appName])
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {description && (
          <span className="text-secondary" style={{ fontSize: 13 }}>
            {description}
          </span>
        )}
      </div>
      {actions && <div style={{ flex: 'none', maxWidth: '100%' }}>{actions}</div>}
    </div>
  )
}
