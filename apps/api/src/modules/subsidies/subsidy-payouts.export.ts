import { formatYuan } from '@cr/shared/party/money'
import type { TExportColumn } from '../../exports/export-columns.ts'

/** A transfer the bank makes: the account holder, the full account, the amount. */
export type TBankTransfer = {
  name: string
  account: string | null
  bankName: string | null
  certificateNumber: string | null
  totalFen: number
}
type TBankRow = TBankTransfer | { total: number }

const cell = <T>(row: TBankRow, value: (r: TBankTransfer) => T, onTotal: T) =>
  'total' in row ? onTotal : value(row)

/** Yuan with two decimals and no grouping: banks' upload formats refuse `1,200.00`. */
const bankYuan = (fen: number) => formatYuan(fen).replace(/,/g, '')

/** 低保金代发文件: headed as banks' batch-transfer templates head it, with a 合计 row last. */
export const bankFileColumns: readonly TExportColumn<TBankRow>[] = [
  { header: '户名', value: (r) => cell(r, (x) => x.name, '合计') },
  { header: '账号', width: 24, value: (r) => cell(r, (x) => x.account, null) },
  { header: '开户银行', value: (r) => cell(r, (x) => x.bankName, null) },
  { header: '金额（元）', value: (r) => bankYuan('total' in r ? r.total : r.totalFen) },
  { header: '低保证号', value: (r) => cell(r, (x) => x.certificateNumber, null) },
]

export async function* bankFileRowsWithTotal(
  rows: readonly TBankTransfer[],
  totalFen: number,
): AsyncIterable<TBankRow> {
  yield* rows
  yield { total: totalFen }
}
