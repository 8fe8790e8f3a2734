// 定题说事, the resident's answer page: the question in large type, the options as big rows, a box for their own
// words when the topic takes them, and 提交意见 (保存修改 once answered: it may be changed until the topic closes).
// Per household: a second person of the household sees who answered and cannot overwrite it.
import { Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { TOPIC_LIMITS } from '@core/contracts/topic-inputs'
import BigButton from '@/components/BigButton'
import StatusMessage from '@/components/StatusMessage'
import TopicOptions from '@/components/topics/TopicOptions'
import TopicSubscribeButton from '@/components/topics/TopicSubscribeButton'
import { answerTimeLabel } from '@/components/topics/answer-time'
import { useTopicPage } from '@/components/topics/use-topic-page'
import { useShuoshiStore } from '@/stores'
import './index.scss'

export default function TopicAnswerPage() {
  const { topicId, topic, loadError, busy, writeError, reload } = useTopicPage()
  const answerTopic = useShuoshiStore((state) => state.answerTopic)
  const [optionId, setOptionId] = useState<string | undefined>()
  const [comment, setComment] = useState('')
  const [saved, setSaved] = useState(false)
  // What the resident answered before is where the form starts.
  useEffect(() => {
    setOptionId(topic?.myAnswer?.optionId)
    setComment(topic?.myAnswer?.comment ?? '')
  }, [topic?.myAnswer?.updatedAt])

  if (!topic) return <View className='page topic-answer'><StatusMessage loading={!loadError} error={loadError} onRetry={reload} /></View>

  const mine = topic.myAnswer
  const submit = async () => {
    setSaved(false)
    setSaved(await answerTopic({ topicId, optionId, comment: comment.trim() || undefined }))
  }
  return (
    <View className='page topic-answer'>
      <View className='topic-answer__label'>定题说事 · {topic.statusLabel}</View>
      <View className='topic-answer__question'>{topic.question}</View>
      {topic.description ? <View className='topic-answer__description'>{topic.description}</View> : null}
      <View className='topic-answer__meta'>
        征求意见：{topic.periodLabel}
        {topic.perHousehold ? '，每户一份意见' : ''}
      </View>

      {mine ? (
        <View className='topic-answer__mine'>
          {mine.mine ? '您' : `您家（${mine.respondentName}）`}已于{answerTimeLabel(mine.updatedAt)}发表意见
          {mine.optionId ? `：${topic.options.find((o) => o.id === mine.optionId)?.label ?? ''}` : ''}
          {mine.channel === 'doorToDoor' ? '（网格员入户记录）' : ''}
        </View>
      ) : null}

      {topic.canAnswer ? (
        <View className='topic-answer__form'>
          {topic.options.length > 0 ? <TopicOptions options={topic.options} chosen={optionId} onChoose={setOptionId} /> : null}
          {topic.allowComment ? (
            <View className='topic-answer__comment'>
              <View className='topic-answer__comment-label'>{topic.options.length > 0 ? '还想说点什么（可不填）' : '请写下您的意见'}</View>
              <Textarea className='topic-answer__textarea' value={comment} maxlength={-1} placeholder='写下您的想法' onInput={(event) => setComment(event.detail.value)} />
              <View className='topic-answer__count'>{Array.from(comment.trim()).length}/{TOPIC_LIMITS.comment}</View>
            </View>
          ) : null}
          {writeError ? <View className='error-text'>{writeError.message}</View> : null}
          {saved && !writeError ? <View className='topic-answer__saved'>已提交，谢谢您！截止前还可以修改。</View> : null}
          <BigButton text={busy ? '正在提交…' : mine ? '保存修改' : '提交意见'} disabled={busy} onClick={() => void submit()} />
        </View>
      ) : (
        <View className='topic-answer__blocked'>{topic.answerBlocked}</View>
      )}
      <TopicSubscribeButton />
    </View>
  )
}
