import { Button, Descriptions, Empty, Image, List, Space, Tag } from 'antd'
import {
  findingHandlingStateLabels,
  incidentTypeLabels,
  questioningGroundLabels,
  questioningOutcomeLabels,
} from '@cr/shared/patrol/patrol-codes'
import type { TPatrolLog } from '@cr/shared/patrol/patrol-log'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'
import { patrolPhotoSrc } from '../api/patrol-logs'

type TProps = {
  log: TPatrolLog
  /** 开跟进 on a finding that has none yet (for those who may write). */
  onFollowUp?: (findingId: string, label: string) => void
}

const Photos = ({ logId, ids }: { logId: string; ids: string[] }) => {
  const { t } = useTranslation('patrol')
  if (ids.length === 0) return null
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {ids.map((id, i) => (
          <Image
            key={id}
            src={patrolPhotoSrc(logId, id)}
            alt={t('logs.photoAlt', { n: i + 1 })}
            width={96}
            height={72}
            style={{ objectFit: 'cover' }}
          />
        ))}
      </Space>
    </Image.PreviewGroup>
  )
}

/** 发现情况 and 盘查记录 of a log, with their photos and whether each is followed up. */
export const PatrolLogFindings = ({ log, onFollowUp }: TProps) => {
  const { t, i18n } = useTranslation('patrol')
  const lang = i18n.language
  const followUpAction = (id: string, label: string, followUp: { id: string } | null) =>
    followUp ? (
      <Tag key="f" color="blue">
        {t('logs.hasFollowUp')}
      </Tag>
    ) : (
      onFollowUp && (
        <Button key="f" size="small" onClick={() => onFollowUp(id, label)}>
          {t('logs.openFollowUp')}
        </Button>
      )
    )
  return (
    <>
      <h3 style={{ fontSize: 15 }}>{t('logs.incidents')}</h3>
      {log.incidents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('logs.noIncidents')} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={log.incidents}
          renderItem={(i) => {
            const type = pickLabel(incidentTypeLabels[i.type], lang)
            return (
              <List.Item
                key={i.id}
                actions={[followUpAction(i.id, `${type}：${i.text.slice(0, 20)}`, i.followUp)]}
              >
                <Space wrap style={{ marginBottom: 4 }}>
                  <Tag color="orange">{type}</Tag>
                  <Tag>{pickLabel(findingHandlingStateLabels[i.handling], lang)}</Tag>
                  {i.needsFollowUp && <Tag color="red">{t('logs.needsFollowUp')}</Tag>}
                  {i.place && <span>{i.place.name}</span>}
                </Space>
                <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{i.text}</div>
                {i.handlingText && (
                  <div>
                    {t('logs.handlingText')}：{i.handlingText}
                  </div>
                )}
                <Photos logId={log.id} ids={i.photoIds} />
              </List.Item>
            )
          }}
        />
      )}
      <h3 style={{ fontSize: 15 }}>{t('logs.questionings')}</h3>
      {log.questionings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('logs.noQuestionings')} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={log.questionings}
          renderItem={(q) => {
            const who = q.person.resident?.name ?? q.person.name ?? q.person.description ?? ''
            return (
              <List.Item
                key={q.id}
                actions={[
                  followUpAction(q.id, `${t('followUps.questioning')}：${who}`, q.followUp),
                ]}
              >
                <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                  <Descriptions.Item label={t('logs.person')}>{who}</Descriptions.Item>
                  {q.person.idNumberMasked && (
                    <Descriptions.Item label={t('logs.idNumber')}>
                      {q.person.idNumberMasked}
                    </Descriptions.Item>
                  )}
                  {q.person.description && q.person.description !== who && (
                    <Descriptions.Item label={t('logForm.description')}>
                      {q.person.description}
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label={t('logs.grounds')}>
                    {q.grounds.map((g) => pickLabel(questioningGroundLabels[g], lang)).join('、')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('logs.questioningOutcome')}>
                    {pickLabel(questioningOutcomeLabels[q.outcome], lang)}
                  </Descriptions.Item>
                  {q.handlingText && (
                    <Descriptions.Item label={t('logs.handlingText')}>
                      {q.handlingText}
                    </Descriptions.Item>
                  )}
                </Descriptions>
                <Photos logId={log.id} ids={q.photoIds} />
              </List.Item>
            )
          }}
        />
      )}
    </>
  )
}
