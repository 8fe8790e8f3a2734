// 定题说事 for workers: staff (and admins) start a topic with the form and see every topic of the community;
// supervisors follow them; grid workers see the ones asking their grids (to record households at the door).
// A tap opens the topic page (tally, publishing, door-to-door answers).
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import BigButton from '@/components/BigButton'
import StatusMessage from '@/components/StatusMessage'
import TopicStatusBadge from '@/components/topics/TopicStatusBadge'
import { ensureSession } from '@/components/work/ensure-session'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import type { TopicForm as TopicFormValues } from '@/stores/topics-slice'
import TopicForm from './TopicForm'
import './index.scss'

export default function TopicsPage() {
  const role = useShuoshiStore((state) => state.user?.role)
  const topics = useShuoshiStore((state) => state.topics)
  const directory = useShuoshiStore((state) => state.topicDirectory)
  const busy = useShuoshiStore((state) => state.topicBusy)
  const writeError = useShuoshiStore((state) => state.topicWriteError)
  const loadTopics = useShuoshiStore((state) => state.loadTopics)
  const loadDirectory = useShuoshiStore((state) => state.loadTopicDirectory)
  const createTopic = useShuoshiStore((state) => state.createTopic)
  const [forming, setForming] = useState(false)

  useDidShow(() => void ensureSession().then(() => loadTopics()))
  usePullDownRefresh(() => void loadTopics().then(() => Taro.stopPullDownRefresh()))

  const manages = role === 'staff' || role === 'admin'
  const open = (topicId: string) => void Taro.navigateTo({ url: ROUTES.topic(topicId) })
  const startForm = () => {
    setForming(true)
    void loadDirectory()
  }
  const submit = async (form: TopicFormValues) => {
    const created = await createTopic(form)
    if (!created) return
    setForming(false)
    void loadTopics()
    open(created.id)
  }

  return (
    <View className='page topics'>
      <View className='page__title'>定题说事</View>
      <View className='topics__intro'>社区就一件具体的事，向相关楼栋的居民征求意见，结果拿到议事会上商量，并在公示栏公开。</View>
      {manages && !forming ? <BigButton text='发起定题说事' onClick={startForm} /> : null}
      {forming ? <TopicForm directory={directory} busy={busy} error={writeError} onSubmit={(form) => void submit(form)} onCancel={() => setForming(false)} /> : null}
      <View className='topics__list'>
        {topics.items.map((topic) => (
          <View key={topic.id} className='topics__item' hoverClass='topics__item--pressed' onClick={() => open(topic.id)}>
            <View className='topics__head'>
              <TopicStatusBadge status={topic.status} label={topic.statusLabel} />
              <View className='topics__period'>{topic.periodLabel}</View>
            </View>
            <View className='topics__question'>{topic.question}</View>
            <View className='topics__meta'>
              {topic.audienceLabel}
              {topic.perHousehold ? ' · 每户一份' : ' · 每人一份'}
              {topic.answers !== undefined ? ` · 已收到 ${topic.answers} 份意见` : ''}
              {topic.resultPublishedAt ? ' · 结果已公示' : ''}
            </View>
          </View>
        ))}
      </View>
      <StatusMessage
        loading={topics.loading && !topics.loaded}
        error={topics.error}
        empty={topics.loaded && topics.items.length === 0 ? '还没有定题说事' : undefined}
        onRetry={() => void loadTopics()}
      />
    </View>
  )
}
