// 我要说事, voice first: a big 点一下开始录音 button, then 拍照/选照片, then the text box and 提交. What speech
// recognition heard in a recording (WechatSI / the browser's) fills the text box, for the resident to check and correct. Each photo and
// recording uploads at once and shows its state; a failed one is retried by a tap, under its own key. The draft
// (text, uploaded attachments and the idempotency key) survives a failed send and a closed app.
// After a successful send the page says so, with the case number, the 接收办理进度提醒 button and 查看进度.
import Taro from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { LIMITS } from '@core/contracts/functions'
import type { CaseView } from '@core/contracts/views'
import BigButton from '@/components/BigButton'
import SubscribeButton from '@/components/SubscribeButton'
// After SubscribeButton: one CSS order across pages (PlayButton's styles come after it, as on the case page).
import DraftAttachments from '@/components/DraftAttachments'
import VoiceRecorder from '@/components/VoiceRecorder'
import { mediaApi } from '@/services/media'
import type { Recording } from '@/services/media-types'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import { ATTACHMENT_MESSAGES } from '@/stores/cases-slice'
import './index.scss'

export default function SubmitPage() {
  const text = useShuoshiStore((state) => state.draft.text)
  const attachments = useShuoshiStore((state) => state.draft.attachments)
  const submitting = useShuoshiStore((state) => state.submitting)
  const waitingForUploads = useShuoshiStore((state) => state.waitingForUploads)
  const error = useShuoshiStore((state) => state.submitError)
  const signedIn = useShuoshiStore((state) => state.sessionStatus === 'signedIn')
  const setDraftText = useShuoshiStore((state) => state.setDraftText)
  const addTranscript = useShuoshiStore((state) => state.addTranscript)
  const transcribed = useShuoshiStore((state) => state.draft.transcribed === true)
  const submitDraft = useShuoshiStore((state) => state.submitDraft)
  const addAttachments = useShuoshiStore((state) => state.addAttachments)
  const retryAttachment = useShuoshiStore((state) => state.retryAttachment)
  const removeAttachment = useShuoshiStore((state) => state.removeAttachment)
  const setSubmitError = useShuoshiStore((state) => state.setSubmitError)
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

  const room = LIMITS.attachments - attachments.length

  const recorded = (recording: Recording) => {
    addAttachments([{ kind: 'audio', filePath: recording.filePath, name: recording.name, contentType: recording.contentType, durationMs: recording.durationMs }])
    // What speech recognition heard goes into the text box, for the resident to check; the recording goes too.
    if (recording.transcript) addTranscript(recording.transcript)
  }

  const pickPhotos = () => {
    if (room <= 0) return setSubmitError(ATTACHMENT_MESSAGES.tooMany)
    // Called inside the tap: a browser opens its file picker only from a user gesture.
    void mediaApi.choosePhotos(room).then((answer) => {
      if (answer.ok) addAttachments(answer.files.map((file) => ({ kind: 'image' as const, filePath: file.filePath, name: file.name, contentType: file.contentType })))
      else if (answer.message) setSubmitError(answer.message)
    })
  }

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
      <VoiceRecorder disabled={submitting || room <= 0} onRecorded={recorded} onProblem={(message) => setSubmitError(message)} />
      <BigButton kind='secondary' text='拍照 / 选照片' hint={`最多${LIMITS.attachments}张`} disabled={submitting} onClick={pickPhotos} />
      <DraftAttachments attachments={attachments} disabled={submitting} onRetry={(key) => void retryAttachment(key)} onRemove={removeAttachment} />
      {transcribed ? (
        <View className='submit__transcribed'>已把您的录音转成下面的文字，请看看对不对，不对的地方可以直接改。录音也会一起交上去。</View>
      ) : (
        <View className='submit__hint'>什么事？在哪里？也可以写下来（或者到说事厅当面说）</View>
      )}
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
      <BigButton text={waitingForUploads ? '正在上传照片和录音…' : submitting ? '正在提交…' : '提交'} disabled={submitting} onClick={() => void send()} />
    </View>
  )
}
