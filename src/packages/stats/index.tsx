// 数据统计 (staff and supervisors: their community; admins: the street or one community): the period's headline,
// the monthly trend, breakdowns by category, channel, grid and unit, the unit appraisal (行风评议 / 三服务), meetings and
// topics (议事与定题说事) and what every figure counts. Charts are plain views (README: why not a chart library).
import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { BREAKDOWNS, BREAKDOWN_LABELS } from '@core/domain/statistics'
import StatusMessage from '@/components/StatusMessage'
import { ensureSession } from '@/components/work/ensure-session'
import { useShuoshiStore } from '@/stores'
import { statsApi, type DeliberationFigures as Deliberation, type StatisticsView, type UnitAppraisalView } from './stats-api'
import { presets, monthLabel, type Period } from './period'
import PeriodPicker from './components/PeriodPicker'
import ScopePicker from './components/ScopePicker'
import HeadlineFigures from './components/HeadlineFigures'
import TrendChart from './components/TrendChart'
import BreakdownBars from './components/BreakdownBars'
import AppraisalTable from './components/AppraisalTable'
import DeliberationFigures from './components/DeliberationFigures'
import Definitions from './components/Definitions'
import './index.scss'

const lastTwelveMonths = (now: Date): Period => presets(now).find((p) => p.key === 'year')!.period

export default function StatsPage() {
  const role = useShuoshiStore((state) => state.user?.role)
  const [now] = useState(() => new Date())
  const [period, setPeriod] = useState<Period>(() => lastTwelveMonths(now))
  const [communityId, setCommunityId] = useState<string>()
  const [view, setView] = useState<StatisticsView>()
  const [appraisal, setAppraisal] = useState<UnitAppraisalView>()
  const [deliberation, setDeliberation] = useState<Deliberation>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(false)

  /** `scope` is the community to read, or null for the whole street (undefined: keep the chosen one). */
  const load = async (next: Period = period, scope?: string | null) => {
    const community = scope === undefined ? communityId : scope ?? undefined
    setLoading(true)
    const query = { ...next, ...(community ? { communityId: community } : {}) }
    const [figures, units, meetings] = await Promise.all([statsApi.statistics(query), statsApi.appraisal(query), statsApi.deliberation(query)])
    setLoading(false)
    if (!figures.ok) return setError(figures.message)
    if (!units.ok) return setError(units.message)
    if (!meetings.ok) return setError(meetings.message)
    setError(undefined)
    setView(figures.data)
    setAppraisal(units.data)
    setDeliberation(meetings.data)
  }
  useDidShow(() => void ensureSession().then(() => load()))
  usePullDownRefresh(() => void load().then(() => Taro.stopPullDownRefresh()))

  const changePeriod = (next: Period) => {
    setPeriod(next)
    void load(next)
  }
  const changeScope = (next?: string) => {
    setCommunityId(next)
    void load(period, next ?? null)
  }

  return (
    <View className='page stats'>
      <View className='page__title'>数据统计</View>
      {view ? <View className='stats__scope'>{view.scope.name} · {monthLabel(view.fromMonth)}至{monthLabel(view.toMonth)}</View> : null}
      {role === 'admin' && view ? <ScopePicker communities={view.communities} chosen={communityId} onChoose={changeScope} /> : null}
      <PeriodPicker period={period} now={now} onChange={changePeriod} />
      <StatusMessage loading={loading && !view} error={error} onRetry={() => void load()} />
      {view && appraisal && deliberation ? (
        <View className='stats__body'>
          <HeadlineFigures headline={view.headline} />
          <View className='section'>
            <View className='section__title'>月度趋势</View>
            <TrendChart months={view.months} />
          </View>
          <View className='section'>
            <View className='section__title'>分类统计</View>
            <View className='stats__breakdowns'>
              {BREAKDOWNS.map((b) => <BreakdownBars key={b} title={BREAKDOWN_LABELS[b]} rows={view.breakdowns[b]} />)}
            </View>
          </View>
          <View className='section'>
            <View className='section__title'>单位考评（行风评议 / 三服务）</View>
            <AppraisalTable appraisal={appraisal} />
          </View>
          <View className='section'>
            <View className='section__title'>议事与定题说事</View>
            <DeliberationFigures figures={deliberation} />
          </View>
          <View className='section'>
            <View className='section__title'>统计口径</View>
            <Definitions basis={view.basis} definitions={[...view.definitions, ...appraisal.definitions.map((d) => ({ ...d, label: `单位${d.label}` }))]} />
          </View>
        </View>
      ) : null}
    </View>
  )
}
