// 接收办理进度提醒: one tap asks WeChat for the petitioner's one-time templates (受理、交办、办结), then records the
// answer. The template ids are fetched when the button appears, because WeChat opens its dialog only when
// requestSubscribeMessage is called inside the tap itself, before anything is awaited.
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { useShuoshiStore } from '@/stores'
import type { SubscribeResult } from '@/stores/types'
import BigButton from './BigButton'
import './SubscribeButton.scss'

export default function SubscribeButton() {
  const loadTemplates = useShuoshiStore((state) => state.loadTemplates)
  const subscribeToProgress = useShuoshiStore((state) => state.subscribeToProgress)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<SubscribeResult>()

  useEffect(() => {
    void loadTemplates()
  }, [loadTemplates])

  const tap = () => {
    if (busy) return
    // First thing in the tap, no await before it: the platform dialog is requested inside this call.
    const asking = subscribeToProgress()
    setBusy(true)
    setResult(undefined)
    void asking.then((answer) => {
      setResult(answer)
      setBusy(false)
    })
  }

  return (
    <View className='subscribe'>
      <BigButton kind='secondary' text={busy ? '正在开启提醒…' : '接收办理进度提醒'} hint='受理、交办、办好时，微信通知您' onClick={tap} />
      {result ? <View className={`subscribe__message${result.ok ? ' subscribe__message--ok' : ''}`}>{result.message}</View> : null}
    </View>
  )
}
