// The period's headline: big numbers with their labels; 未评价 and 当前超期未办 shown on their own.
import { formatRate } from '@core/domain/statistics'
import StatsCards, { type StatsCard } from './StatsCards'
import type { StatisticsView } from '../stats-api'

export default function HeadlineFigures({ headline }: { headline: StatisticsView['headline'] }) {
  const cards: StatsCard[] = [
    { key: 'received', label: '收到', value: `${headline.received}`, note: '件' },
    { key: 'closed', label: '结案', value: `${headline.closed}`, note: `结案率 ${formatRate(headline.closureRate)}` },
    { key: 'onTimeRate', label: '按时办结率', value: formatRate(headline.onTimeRate), note: `按时 ${headline.onTime} · 超期 ${headline.late}` },
    { key: 'satisfactionRate', label: '满意率', value: formatRate(headline.satisfactionRate), note: `满意 ${headline.satisfied} · 基本满意 ${headline.basicallySatisfied} · 不满意 ${headline.unsatisfied}` },
    { key: 'unrated', label: '未评价', value: `${headline.unrated}`, note: '件，计入满意率分母' },
    { key: 'followUpRate', label: '回访率', value: formatRate(headline.followUpRate), note: `已公示 ${headline.published} · 其中工作人员回访 ${headline.followedUp}` },
    { key: 'reopenRate', label: '重办率', value: formatRate(headline.reopenRate), note: `不满意重办 ${headline.reopened} 件` },
    { key: 'medianDaysToClose', label: '结案用时中位数', value: headline.medianDaysToClose === null ? '—' : `${headline.medianDaysToClose}`, note: `工作日（${headline.closedWithDays} 件）` },
    { key: 'overdueNow', label: '当前超期未办', value: `${headline.overdueNow}`, note: '件', alarm: headline.overdueNow > 0 },
  ]
  return <StatsCards cards={cards} />
}
