import { sexTable } from '@cr/shared/code-tables/sex'
import { memberStatusLabels } from '@cr/shared/party/party-codes'
import type { TPartyTransfer } from '../api/transfers'
import { daysBetween } from '@cr/shared/party/calendar'
import { useTranslation } from 'react-i18next'
import { chineseDate, chineseMonth } from '@/components/print/print-format'

/** A blank of the printed form, filled in: underlined, like the handwriting it replaces. */
const Blank = ({ children, wide }: { children: React.ReactNode; wide?: boolean }) => (
  <span className={wide ? 'letter-blank letter-blank-wide' : 'letter-blank'}>{children}</span>
)

/**
 * 中国共产党党员组织关系介绍信 as the standard three-part form: 存根 (kept here), 介绍信 (the
 * member carries it) and 回执 (returned by the receiving organisation), each with the serial
 * number, cut apart along the dashed lines. The wording is the form's, always in Chinese.
 */
export const TransferLetter = ({ transfer: l }: { transfer: TPartyTransfer }) => {
  const { t } = useTranslation('party')
  const status = memberStatusLabels[l.member.status].zh
  const sex = sexTable.nameOf(l.member.sex) ?? ''
  const dues = l.duesPaidThrough ? chineseMonth(l.duesPaidThrough) : t('letter.duesNone')
  const validDays = daysBetween(l.issuedOn, l.validUntil)
  // Offices write the number their own way; 第…号 is printed only where it is not part of it.
  const number = l.serialNumber
  const serial = (
    <p className="letter-serial">
      {number.startsWith('第') ? '' : '第 '}
      <Blank>{number}</Blank>
      {number.endsWith('号') ? '' : ' 号'}
    </p>
  )
  const dated = <p className="letter-date">{chineseDate(l.issuedOn)}</p>
  const validity = (
    <p className="letter-validity">
      （有效期 <Blank>{validDays}</Blank> 天，至 {chineseDate(l.validUntil)}）
    </p>
  )
  return (
    <article className="letter-sheet" aria-label={t('letter.pageTitle')}>
      <section className="letter-part letter-stub" aria-label={t('letter.stub')}>
        <h2 className="letter-title">
          中国共产党党员组织关系介绍信<span className="letter-part-name">（存根）</span>
        </h2>
        {serial}
        <p className="letter-body">
          <Blank>{l.member.name}</Blank>同志系中共<Blank>{status}</Blank>，组织关系由
          <Blank wide>{l.fromOrganization}</Blank>转到<Blank wide>{l.toOrganization}</Blank>。
        </p>
        <p className="letter-body">
          性别 <Blank>{sex}</Blank>，年龄 <Blank>{l.member.age}</Blank> 岁，身份证号码{' '}
          <Blank>
            <span className="mono">{l.member.idNumberMasked}</span>
          </Blank>
          。党费已交到<Blank>{dues}</Blank>。
        </p>
        {dated}
        {validity}
      </section>
      <p className="letter-cut">
        <span>{t('letter.cut')}</span>
      </p>
      <section className="letter-part letter-main" aria-label={t('letter.letter')}>
        <h2 className="letter-title">中国共产党党员组织关系介绍信</h2>
        {serial}
        <p className="letter-salutation">
          <Blank wide>{l.toOrganization}</Blank>：
        </p>
        <p className="letter-body letter-indent">
          兹介绍<Blank>{l.member.name}</Blank>同志（<Blank>{sex}</Blank>，
          <Blank>{l.member.age}</Blank>
          岁，身份证号码
          <Blank>
            <span className="mono">{l.member.idNumberMasked}</span>
          </Blank>
          ）的党员组织关系由<Blank wide>{l.fromOrganization}</Blank>转去你处，请接洽。
        </p>
        <p className="letter-body letter-indent">
          该同志系中共<Blank>{status}</Blank>，党费已交到<Blank>{dues}</Blank>。
        </p>
        <p className="letter-seal">（盖章）</p>
        {dated}
        {validity}
        <p className="letter-footnote">党员联系电话或其他联系方式：</p>
        <p className="letter-footnote letter-fill">
          <span>党员原所在基层党委通讯地址：</span>
          <span>联系电话：</span>
          <span>邮编：</span>
        </p>
      </section>
      <p className="letter-cut">
        <span>{t('letter.cut')}</span>
      </p>
      <section className="letter-part letter-receipt" aria-label={t('letter.receipt')}>
        <h2 className="letter-title">
          中国共产党党员组织关系介绍信<span className="letter-part-name">（回执）</span>
        </h2>
        {serial}
        <p className="letter-salutation">
          <Blank wide>{l.fromOrganization}</Blank>：
        </p>
        <p className="letter-body letter-indent">
          <Blank>{l.member.name}</Blank>同志的党员组织关系已转达我处，特此回复。
        </p>
        <p className="letter-seal">接收党组织（盖章）</p>
        <p className="letter-date letter-blank-date">
          <span>年</span>
          <span>月</span>
          <span>日</span>
        </p>
      </section>
    </article>
  )
}
