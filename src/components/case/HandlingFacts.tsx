// Where the case stands: the meeting (date, place, decision), the unit, level and deadline with its working-day
// countdown and any extension, a referral or merge, the result, what was published and the rating.
import { View } from '@tarojs/components'
import type { CaseView } from '@core/contracts/views'
import type { CaseEvent } from '@core/domain/case'
import { LEVEL_LABELS, RATING_LABELS } from '@core/domain/case'
import { isInGroup } from '@core/domain/case-status'
import { formatShanghaiTime } from '@/services/time'
import { dateLabel } from '@/components/actions/meeting-dates'
import { deadlineCountdown } from './deadline-text'
import MeetingLink, { meetingTitle } from './MeetingLink'

export default function HandlingFacts({ item, timeline, isWorker }: { item: CaseView; timeline: CaseEvent[]; isWorker: boolean }) {
  const handling = isInGroup(item.status, 'handling')
  const countdown = item.dueAt && handling ? deadlineCountdown(item.dueAt) : undefined
  const extension = item.status === 'extensionRequested' ? [...timeline].reverse().find((event) => event.action === 'requestExtension') : undefined
  const extended = [...timeline].reverse().find((event) => event.action === 'approveExtension')
  return (
    <View className='case-facts'>
      {item.meeting ? (
        <View className='case-block'>
          <View className='case-block__title'>{meetingTitle(timeline) ?? '议事会'}</View>
          <View className='case-block__line'>
            {dateLabel(item.meeting.date)}，{item.meeting.place}
          </View>
          {item.meeting.decision ? <View className='case-block__line'>决议：{item.meeting.decision}</View> : null}
          {item.meeting.id ? <MeetingLink meetingId={item.meeting.id} /> : null}
        </View>
      ) : null}
      {item.unitName || item.dueAt ? (
        <View className='case-block'>
          <View className='case-block__title'>办理</View>
          {item.unitName ? <View className='case-block__line'>承办单位：{item.unitName}</View> : null}
          {item.level ? <View className='case-block__line'>办理层级：{LEVEL_LABELS[item.level]}</View> : null}
          {item.dueAt ? <View className='case-block__line'>办理时限：{formatShanghaiTime(item.dueAt).slice(0, 10)}</View> : null}
          {countdown ? <View className={`case-block__countdown${countdown.late ? ' case-block__countdown--late' : ''}`}>{countdown.text}</View> : null}
          {extension ? <View className='case-block__line'>申请延期 {String(extension.data?.days ?? '')} 个工作日，等待社区答复</View> : null}
          {extended && !extension ? <View className='case-block__line case-block__line--muted'>已延期 {String(extended.data?.days ?? '')} 个工作日</View> : null}
        </View>
      ) : null}
      {item.referral ? (
        <View className='case-block'>
          <View className='case-block__title'>已转交</View>
          <View className='case-block__line'>转交给：{item.referral.to}</View>
          <View className='case-block__line'>原因：{item.referral.reason}</View>
        </View>
      ) : null}
      {item.status === 'merged' ? (
        <View className='case-block'>
          <View className='case-block__title'>已合并办理</View>
          <View className='case-block__line'>这件事和 {item.mergedIntoCaseNo ?? '另一件同类事项'} 是同一件事，合并在那一件里一起办理。</View>
        </View>
      ) : null}
      {isWorker && item.result ? <View className='case-block__line'>办理结果：{item.result}</View> : null}
      {item.publishedResult ? <View className='case-block__line'>{isWorker ? '公示结果' : '办理结果'}：{item.publishedResult}</View> : null}
      {item.rating ? (
        <View className='case-block__line'>
          {isWorker ? '评价' : '您的评价'}：{RATING_LABELS[item.rating.value]}
          {item.rating.comment ? `（${item.rating.comment}）` : ''}
        </View>
      ) : null}
    </View>
  )
}
