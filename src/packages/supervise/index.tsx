// 督办: what the supervision group follows — 已超期 first, then 即将到期, 已提级督办 and 待结案 — each case with its
// countdown and unit. A tap opens the case; at a desk (≥ 1024 px) it opens beside the list.
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
// BigButton, then CaseCard (in WatchSection), then StatusMessage: the CSS order of the other list pages.
import BigButton from '@/components/BigButton'
import WatchSection from '@/components/work/WatchSection'
import StatusMessage from '@/components/StatusMessage'
import DeskLayout from '@/components/work/DeskLayout'
import { ensureSession } from '@/components/work/ensure-session'
import { useDeskWidth } from '@/components/work/desk-width'
import { useOpenCase } from '@/components/work/use-open-case'
import { useShuoshiStore } from '@/stores'

export default function SupervisePage() {
  const watch = useShuoshiStore((state) => state.watch)
  const chosen = useShuoshiStore((state) => state.deskCase.supervise)
  const loadWatch = useShuoshiStore((state) => state.loadWatch)
  const desk = useDeskWidth()
  const open = useOpenCase('supervise', desk)

  useDidShow(() => void ensureSession().then(() => loadWatch()))
  usePullDownRefresh(() => void loadWatch().then(() => Taro.stopPullDownRefresh()))

  const first = [...watch.overdue, ...watch.dueSoon, ...watch.escalated, ...watch.toClose][0]?.id
  const marked = desk ? chosen : undefined
  return (
    <View className='page supervise'>
      <DeskLayout view='supervise' desk={desk} firstCaseId={first} onCaseChanged={() => void loadWatch()}>
        <View className='page__title'>督办</View>
        {watch.loaded ? (
          <View>
            <WatchSection title='已超期' tone='alarm' items={watch.overdue} none='没有超期的事项' onOpen={open} chosen={marked} />
            <WatchSection title='即将到期' items={watch.dueSoon} none='近两天没有到期的事项' onOpen={open} chosen={marked} />
            <WatchSection title='已提级督办' items={watch.escalated} none='没有提级督办的事项' onOpen={open} chosen={marked} />
            <WatchSection title='待结案' items={watch.toClose} none='没有等待结案的事项' onOpen={open} chosen={marked} />
            <BigButton kind='plain' text={watch.loading ? '正在刷新…' : '刷新'} onClick={() => void loadWatch()} />
          </View>
        ) : null}
        <StatusMessage loading={watch.loading && !watch.loaded} error={watch.error} onRetry={() => void loadWatch()} />
      </DeskLayout>
    </View>
  )
}
