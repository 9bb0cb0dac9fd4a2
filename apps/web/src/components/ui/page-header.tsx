import { Typography } from 'antd'
import type { ReactNode } from 'react'

type TProps = { title: string; description?: ReactNode; actions?: ReactNode }

/** The page's <h1>, a line of explanation and its main actions (新建…) on the right. */
export const PageHeader = ({ title, description, actions }: TProps) => (
  <div className="page-header">
    <div>
      <h1>{title}</h1>
      {description && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {description}
        </Typography.Text>
      )}
    </div>
    {actions && <div style={{ flex: 'none' }}>{actions}</div>}
  </div>
)
