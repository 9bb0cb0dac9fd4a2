import { formatYuan } from '@cr/shared/party/money'

/** 分 shown as yuan to the 分 with thousands separators (`22,802.00`), in figures' font. */
export const Money = ({ fen }: { fen: number }) => <span className="mono">{formatYuan(fen)}</span>
