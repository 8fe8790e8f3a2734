// 公示栏: the community's published results, newest first, names masked or 匿名. The petitioner finds their own case
// here with a button to rate it; staff, supervisors and admins may open any entry's case page.
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Role } from '@core/domain/roles'
import BigButton from '@/components/BigButton'
import StatusMessage from '@/components/StatusMessage'
import BoardEntryCard from '@/components/work/BoardEntryCard'
import BoardMinutes from '@/components/work/BoardMinutes'
import BoardTopicResults from '@/components/work/BoardTopicResults'
import { ensureSession } from '@/components/work/ensure-session'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import './index.scss'

const NO_IDS: string[] = []
/** Who sees every case of the community, so may open any entry (others only their own). */
const SEES_ALL: readonly Role[] = ['staff', 'supervisor', 'admin']

export default function BoardPage() {
  const board = useShuoshiStore((state) => state.board)
  const role = useShuoshiStore((state) => state.user?.role)
  const myIds = useShuoshiStore((state) => (state.user && state.myCases.ownerId === state.user.userId ? state.myCases.ids : NO_IDS))
  const loadBoard = useShuoshiStore((state) => state.loadBoard)
  const loadMyCaseIds = useShuoshiStore((state) => state.loadMyCaseIds)

  const refresh = async () => {
    await ensureSession()
    await Promise.all([loadBoard(), loadMyCaseIds()])
  }
  useDidShow(() => void refresh())
  usePullDownRefresh(() => void refresh().then(() => Taro.stopPullDownRefresh()))

  const open = (caseId: string) => void Taro.navigateTo({ url: ROUTES.caseDetail(caseId) })
  const seesAll = role ? SEES_ALL.includes(role) : false
  const waiting = board.loading && board.items.length === 0
  return (
    <View className='page board'>
      <View className='page__title'>公示栏</View>
      <View className='board__intro'>办好的事在这里公示，说事人的姓名已隐去。</View>
      <BoardMinutes />
      <BoardTopicResults />
      <View className='board__entries'>
        {board.items.map((entry) => {
          const mine = myIds.includes(entry.id)
          return <BoardEntryCard key={entry.id} entry={entry} mine={mine} onOpen={mine || seesAll ? open : undefined} />
        })}
      </View>
      <StatusMessage
        loading={waiting}
        error={board.error}
        empty={board.loaded && board.items.length === 0 ? '还没有公示的办理结果' : undefined}
        onRetry={() => void loadBoard()}
      />
      {board.nextCursor ? <BigButton kind='plain' text={board.loading ? '正在加载…' : '看更多'} onClick={() => void loadBoard({ more: true })} /> : null}
    </View>
  )
}
