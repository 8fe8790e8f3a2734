// 议程: each item (a case, a topic or a free item) with its minutes once recorded; organisers open the minutes form
// per item and add free items. A case item opens the case.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { AgendaItemView, MeetingView } from '@core/contracts/meeting-views'
import { LEVEL_LABELS } from '@core/domain/case'
import { formatShanghaiTime } from '@/services/time'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import { MeetingFormButtons, MeetingText } from './fields'
import MinutesForm from './MinutesForm'
import './meeting.scss'

const KIND_LABELS = { case: '说事事项', topic: '定题说事', free: '议题' } as const

function Minutes({ item }: { item: AgendaItemView }) {
  const minutes = item.minutes!
  return (
    <View className='meeting-minutes'>
      <View className='meeting-minutes__line'>讨论：{minutes.summary}</View>
      <View className='meeting-minutes__decision'>决议：{minutes.decision}</View>
      {item.unitNames && item.unitNames.length > 0 ? <View className='meeting-minutes__line'>承办：{item.unitNames.join('、')}</View> : null}
      {minutes.workingDays ? (
        <View className='meeting-minutes__line'>
          时限：{minutes.workingDays}个工作日{item.dueAt ? `（${formatShanghaiTime(item.dueAt).slice(0, 10)}前）` : ''}
          {minutes.level ? ` · ${LEVEL_LABELS[minutes.level]}` : ''}
        </View>
      ) : null}
    </View>
  )
}

export default function AgendaItems({ meeting, extra }: { meeting: MeetingView; extra?: (item: AgendaItemView) => JSX.Element | null }) {
  const changeMeeting = useShuoshiStore((state) => state.changeMeeting)
  const busy = useShuoshiStore((state) => state.openMeeting.busy === 'addAgendaItem')
  const error = useShuoshiStore((state) => (state.openMeeting.failed === 'addAgendaItem' ? state.openMeeting.error : undefined))
  const [writing, setWriting] = useState<string>()
  const [adding, setAdding] = useState(false)
  const [title, setTitle] = useState('')
  const may = (action: string) => meeting.allowedActions.includes(action)
  const add = async () => {
    const answer = await changeMeeting('addAgendaItem', { kind: 'free', title: title.trim() })
    if (answer.ok) {
      setTitle('')
      setAdding(false)
    }
  }
  return (
    <View className='meeting-section'>
      <View className='meeting-section__title'>议程（{meeting.items.length}）</View>
      {meeting.items.length === 0 ? <View className='meeting-note'>还没有议题。事项可在事项页“列入议事会”时选择本次会议。</View> : null}
      {meeting.items.map((item, index) => (
        <View key={item.id} className='meeting-item'>
          <View className='meeting-item__head' onClick={() => item.kind === 'case' && void Taro.navigateTo({ url: ROUTES.caseDetail(item.caseId) })}>
            <View className='meeting-item__index'>{index + 1}</View>
            <View className='meeting-item__body'>
              <View className='meeting-item__kind'>
                {KIND_LABELS[item.kind]}
                {item.kind === 'case' ? ` · ${item.caseNo}${item.caseStatusLabel ? ` · ${item.caseStatusLabel}` : ''}` : ''}
              </View>
              <View className='meeting-item__title'>{item.title}</View>
            </View>
          </View>
          {extra?.(item)}
          {item.minutes ? <Minutes item={item} /> : null}
          {!item.minutes && may('recordMinutes') && writing !== item.id ? (
            <View className='action-chip action-chip--add' onClick={() => setWriting(item.id)}>
              记录纪要
            </View>
          ) : null}
          {writing === item.id ? <MinutesForm itemId={item.id} isCase={item.kind === 'case'} onDone={() => setWriting(undefined)} /> : null}
        </View>
      ))}
      {may('addAgendaItem') && !adding ? (
        <View className='action-chip action-chip--add' onClick={() => setAdding(true)}>
          + 添加议题
        </View>
      ) : null}
      {adding ? (
        <View className='action-form'>
          <MeetingText label='议题' value={title} onChange={setTitle} placeholder='如 小区停车管理办法' />
          <MeetingFormButtons submitText='添加议题' busy={busy} error={error} onSubmit={() => void add()} onCancel={() => setAdding(false)} />
        </View>
      ) : null}
    </View>
  )
}
