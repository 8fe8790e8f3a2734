// One 定题说事 for workers: the question, whom it asks and when; staff and admins publish it (residents are told),
// close it early and publish the result to the 公示栏; staff, admins and supervisors see the tally by option and
// building and the comments; grid workers record their households' answers at the door.
import { Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import BigButton from '@/components/BigButton'
import StatusMessage from '@/components/StatusMessage'
import TopicStatusBadge from '@/components/topics/TopicStatusBadge'
import { useTopicPage } from '@/components/topics/use-topic-page'
import { useShuoshiStore } from '@/stores'
import TopicTallyView from './TopicTallyView'
import HouseholdAnswers from './HouseholdAnswers'
import { resultDraft } from './result-draft'
import './index.scss'

export default function TopicPage() {
  const { topicId, topic, loadError, busy, writeError, reload } = useTopicPage()
  const changeTopic = useShuoshiStore((state) => state.changeTopic)
  const answerTopic = useShuoshiStore((state) => state.answerTopic)
  const [summary, setSummary] = useState<string | undefined>()

  if (!topic) return <View className='page topic'><StatusMessage loading={!loadError} error={loadError} onRetry={reload} /></View>

  const publishing = topic.canManage && topic.status === 'closed' && !topic.result
  const text = summary ?? resultDraft(topic.tally)
  return (
    <View className='page topic'>
      <TopicStatusBadge status={topic.status} label={topic.statusLabel} />
      <View className='topic__question'>{topic.question}</View>
      {topic.description ? <View className='topic__description'>{topic.description}</View> : null}
      <View className='topic__facts'>
        <View>征询范围：{topic.audienceLabel}</View>
        <View>征求时间：{topic.periodLabel}</View>
        <View>计票：{topic.perHousehold ? '每户一份意见' : '每人一份意见'}</View>
        {topic.options.length > 0 ? <View>选项：{topic.options.map((o) => o.label).join(' / ')}</View> : <View>只收集文字意见</View>}
      </View>

      {writeError ? <View className='error-text'>{writeError.message}</View> : null}
      {topic.canManage && topic.status === 'draft' ? <BigButton text={busy ? '正在发布…' : '发布，通知居民'} disabled={busy} onClick={() => void changeTopic('openTopic', topicId)} /> : null}
      {topic.canManage && (topic.status === 'open' || topic.status === 'scheduled') ? (
        <BigButton kind='secondary' text={busy ? '正在结束…' : '结束征询'} disabled={busy} onClick={() => void changeTopic('closeTopic', topicId)} />
      ) : null}

      {publishing ? (
        <View className='topic__publish'>
          <View className='topic__label'>公示结果（居民姓名不会公示）</View>
          <Textarea className='topic__textarea' value={text} maxlength={-1} onInput={(e) => setSummary(e.detail.value)} />
          <BigButton text={busy ? '正在公示…' : '公示到公示栏'} disabled={busy} onClick={() => void changeTopic('publishTopicResult', topicId, { summary: text.trim() })} />
        </View>
      ) : null}
      {topic.result ? (
        <View className='topic__result'>
          <View className='topic__label'>已公示的结果</View>
          <View>{topic.result.summary}</View>
        </View>
      ) : null}

      {topic.tally ? (
        <View className='section'>
          <View className='section__title'>意见统计</View>
          <TopicTallyView tally={topic.tally} options={topic.options} comments={topic.comments ?? []} />
        </View>
      ) : null}

      {topic.households ? (
        <View className='section'>
          <View className='section__title'>入户记录（我的网格）</View>
          {topic.answerBlocked ? <View className='topic__blocked'>{topic.answerBlocked}</View> : null}
          <HouseholdAnswers topic={topic} busy={busy} onRecord={(householdId, optionId, comment) => answerTopic({ topicId, householdId, optionId, comment })} />
        </View>
      ) : null}
    </View>
  )
}
