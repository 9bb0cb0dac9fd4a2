import { ArrowLeftOutlined } from '@ant-design/icons'
import { QRCode } from 'antd'
import { useTranslation } from 'react-i18next'
import { PrintPage } from '@/components/print/print-page'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { usePatrolQrSheet } from '../api/patrol-routes'
import './patrol-qr.css'

/**
 * 巡逻点二维码: one card per checkpoint — its order, name, place and route with the QR code of
 * `cr-patrol:v1:<checkpointId>:<token>` — laid out to cut along the dashed lines and post.
 */
export const PatrolQrPrintPage = ({ routeId }: { routeId: string }) => {
  const { t } = useTranslation(['patrol', 'print'])
  const query = usePatrolQrSheet(routeId)
  const sheet = query.data
  return (
    <PrintPage
      back={
        <ButtonLink
          to={recordPaths.patrolRoute}
          params={{ routeId }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('qr.back')}
        </ButtonLink>
      }
      title={t('qr.title', { name: sheet?.route.name ?? '' })}
      meta={sheet ? [{ label: t('routes.committee'), value: sheet.committee.name }] : []}
      state={query}
    >
      <p className="patrol-qr-hint">{t('qr.hint')}</p>
      {sheet && sheet.cards.length === 0 && <p>{t('qr.empty')}</p>}
      <div className="patrol-qr-grid">
        {sheet?.cards.map((card) => (
          <figure className="patrol-qr-card" key={card.checkpointId} data-testid="patrol-qr-card">
            <QRCode value={card.payload} size={150} bordered={false} type="svg" errorLevel="M" />
            <figcaption>
              <strong>
                {t('qr.card', { n: card.position })} · {card.name}
              </strong>
              {card.place && <span>{card.place}</span>}
              <span>{sheet.route.name}</span>
            </figcaption>
          </figure>
        ))}
      </div>
    </PrintPage>
  )
}
