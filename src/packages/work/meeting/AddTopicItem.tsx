// 添加定题说事: put one of the community's topics on the agenda (its question becomes the item's title).
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { TopicSummary } from '@core/contracts/topic-views'
import { MeetingChips, MeetingFormButtons } from '@/components/meeting/fields'
import { useShuoshiStore } from '@/stores'

export default function AddTopicItem() {
  const listTopicsForAgenda = useShuoshiStore((state) => state.listTopicsForAgenda)
  const changeMeeting = useShuoshiStore((state) => state.changeMeeting)
  const busy = useShuoshiStore((state) => state.openMeeting.busy === 'addAgendaItem')
  const [topics, setTopics] = useState<TopicSummary[]>()
  const [chosen, setChosen] = useState<string>()
  const open = () => void listTopicsForAgenda().then(setTopics)
  const add = async () => {
    const topic = topics?.find((t) => t.id === chosen)
    if (!topic) return
    const answer = await changeMeeting('addAgendaItem', { kind: 'topic', topicId: topic.id, title: topic.question })
    if (answer.ok) setTopics(undefined)
  }
  if (!topics) {
    return (
      <View className='action-chip action-chip--add' onClick={open}>
        + 添加定题说事
      </View>
    )
  }
  return (
    <View className='action-form'>
      <View className='action-form__title'>添加定题说事</View>
      {topics.length === 0 ? <View className='meeting-note'>社区还没有定题说事</View> : null}
      <MeetingChips label='选择议题' choices={topics.map((t) => ({ value: t.id, text: `${t.question}（${t.statusLabel}）` }))} value={chosen} onChange={setChosen} />
      <MeetingFormButtons submitText='加入议程' busy={busy} onSubmit={() => void add()} onCancel={() => setTopics(undefined)} />
    </View>
  )
}
