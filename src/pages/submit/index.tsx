// 我要说事: one big text box and one button. The draft (and its idempotency key) survives a failed send.
// After a successful send the page says so, with the case number, the 接收办理进度提醒 button and 查看进度.
import Taro from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { LIMITS } from '@core/contracts/functions'
import type { CaseView } from '@core/contracts/views'
import BigButton from '@/components/BigButton'
import SubscribeButton from '@/components/SubscribeButton'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import './index.scss'

export default function SubmitPage() {
  const text = useShuoshiStore((state) => state.draft.text)
  const submitting = useShuoshiStore((state) => state.submitting)
  const error = useShuoshiStore((state) => state.submitError)
  const signedIn = useShuoshiStore((state) => state.sessionStatus === 'signedIn')
  const setDraftText = useShuoshiStore((state) => state.setDraftText)
  const submitDraft = useShuoshiStore((state) => state.submitDraft)
  const loadSession = useShuoshiStore((state) => state.loadSession)
  const loadTemplates = useShuoshiStore((state) => state.loadTemplates)
  const [created, setCreated] = useState<CaseView>()

  useEffect(() => {
    if (!signedIn) void loadSession()
  }, [signedIn, loadSession])

  useEffect(() => {
    // The reminder button appears after the send; its template ids must be known before the user taps it.
    void loadTemplates()
  }, [loadTemplates])

  const send = async () => {
    const answer = await submitDraft()
    if (answer) setCreated(answer)
  }

  if (created) {
    return (
      <View className='page submit'>
        <View className='submit__done'>
          <View className='submit__done-title'>已收到您说的事</View>
          <View className='submit__done-number'>编号 {created.caseNo}</View>
          <View className='submit__done-line'>社区会尽快处理，可在“我的说事”查看进度。</View>
        </View>
        <SubscribeButton />
        <BigButton text='查看进度' onClick={() => void Taro.redirectTo({ url: ROUTES.caseDetail(created.id) })} />
        <BigButton kind='plain' text='再说一件事' onClick={() => setCreated(undefined)} />
      </View>
    )
  }

  const count = Array.from(text).length
  return (
    <View className='page submit'>
      <View className='page__title'>我要说事</View>
      <View className='submit__hint'>什么事？在哪里？请写下来（也可以到说事厅当面说）</View>
      <Textarea
        className='submit__text'
        value={text}
        maxlength={LIMITS.caseText}
        placeholder='比如：3栋楼道的灯坏了，晚上看不见'
        placeholderClass='submit__placeholder'
        onInput={(event) => setDraftText(event.detail.value)}
      />
      <View className={`submit__count${count > LIMITS.caseText ? ' submit__count--over' : ''}`}>
        {count}/{LIMITS.caseText}字
      </View>
      {error ? <View className='error-text'>{error}</View> : null}
      <BigButton text={submitting ? '正在提交…' : '提交'} disabled={submitting} onClick={() => void send()} />
    </View>
  )
}
