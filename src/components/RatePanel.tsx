// 评价 for the petitioner of a published case: three big choices, an optional comment, one submit button.
import { Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { LIMITS } from '@core/contracts/functions'
import { RATING_LABELS, RATINGS, type Rating } from '@core/domain/case'
import { useShuoshiStore } from '@/stores'
import BigButton from './BigButton'
import './RatePanel.scss'

export default function RatePanel({ caseId }: { caseId: string }) {
  const submitting = useShuoshiStore((state) => state.rate.caseId === caseId && state.rate.submitting)
  const rateCase = useShuoshiStore((state) => state.rateCase)
  const [choice, setChoice] = useState<Rating>()
  const [comment, setComment] = useState('')
  const [hint, setHint] = useState<string>()

  const send = () => {
    if (submitting) return
    if (!choice) {
      setHint('请先选一个：满意、基本满意或不满意')
      return
    }
    setHint(undefined)
    void rateCase(caseId, choice, comment)
  }

  return (
    <View className='section rate'>
      <View className='section__title'>请您评价</View>
      <View className='rate__question'>这件事办得您满意吗？</View>
      {RATINGS.map((rating) => (
        <View
          key={rating}
          className={`rate__choice rate__choice--${rating}${choice === rating ? ' rate__choice--chosen' : ''}`}
          hoverClass='rate__choice--pressed'
          onClick={() => {
            setChoice(rating)
            setHint(undefined)
          }}
        >
          <View className='rate__label'>{RATING_LABELS[rating]}</View>
          {choice === rating ? <View className='rate__mark'>已选</View> : null}
        </View>
      ))}
      {choice === 'unsatisfied' ? <View className='rate__warning'>选“不满意”，这件事会重新交给承办单位办理。</View> : null}
      <Textarea
        className='rate__comment'
        value={comment}
        maxlength={LIMITS.note}
        placeholder='还有什么想说的？（可以不填）'
        placeholderClass='rate__placeholder'
        onInput={(event) => setComment(event.detail.value)}
      />
      {hint ? <View className='error-text'>{hint}</View> : null}
      <BigButton text={submitting ? '正在提交…' : '提交评价'} disabled={submitting} onClick={send} />
    </View>
  )
}
