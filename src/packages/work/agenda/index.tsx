// 议事会: the cases on the roundtable's agenda, grouped by meeting (earliest first), each 待上会 or 已议定 with its
// decision. A tap opens the case; at a desk (≥ 1024 px) it opens beside the list.
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import BigButton from '@/components/BigButton'
import StatusMessage from '@/components/StatusMessage'
import AgendaItem from '@/components/work/AgendaItem'
import DeskLayout from '@/components/work/DeskLayout'
import { ensureSession } from '@/components/work/ensure-session'
import { useDeskWidth } from '@/components/work/desk-width'
import { groupByMeeting } from '@/components/work/meeting-groups'
import { useOpenCase } from '@/components/work/use-open-case'
import { useShuoshiStore } from '@/stores'
import { ROUTES } from '@/services/routes'
import './index.scss'

export default function AgendaPage() {
  const agenda = useShuoshiStore((state) => state.agenda)
  const chosen = useShuoshiStore((state) => state.deskCase.agenda)
  const loadAgenda = useShuoshiStore((state) => state.loadAgenda)
  const desk = useDeskWidth()
  const open = useOpenCase('agenda', desk)

  useDidShow(() => void ensureSession().then(() => loadAgenda()))
  usePullDownRefresh(() => void loadAgenda().then(() => Taro.stopPullDownRefresh()))

  const groups = groupByMeeting(agenda.items)
  return (
    <View className='page agenda'>
      <DeskLayout view='agenda' desk={desk} firstCaseId={groups[0]?.items[0]?.id} onCaseChanged={() => void loadAgenda()}>
        <View className='page__title'>议事会</View>
        <BigButton kind='secondary' text='议事安排' hint='会议、签到和纪要' onClick={() => void Taro.navigateTo({ url: ROUTES.meetings })} />
        {groups.map((group) => (
          <View key={group.key} className='agenda__group'>
            <View className='agenda__heading'>{group.heading}</View>
            {group.meetingId ? (
              <View className='agenda__open' onClick={() => void Taro.navigateTo({ url: ROUTES.meeting(group.meetingId!) })}>
                会议详情：参会、签到和纪要 ›
              </View>
            ) : null}
            {group.items.map((item) => (
              <AgendaItem key={item.id} item={item} onOpen={open} selected={desk && item.id === chosen} />
            ))}
          </View>
        ))}
        <StatusMessage
          loading={agenda.loading && agenda.items.length === 0}
          error={agenda.error}
          empty={agenda.loaded && agenda.items.length === 0 ? '议事会上还没有要议的事' : undefined}
          onRetry={() => void loadAgenda()}
        />
        {agenda.nextCursor ? <BigButton kind='plain' text={agenda.loading ? '正在加载…' : '看更多'} onClick={() => void loadAgenda({ more: true })} /> : null}
      </DeskLayout>
    </View>
  )
}
