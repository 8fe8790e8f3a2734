// Voice first: one big button starts a recording (≤ 60 s), the same place then shows the running time and a big
// stop button. The recording goes to onRecorded; a refused or missing microphone gives a short message and the
// text box keeps working.
import { View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { mediaApi } from '@/services/media'
import type { Recording } from '@/services/media-types'
import './VoiceRecorder.scss'

export const MAX_RECORDING_MS = 60_000

interface Props {
  onRecorded: (recording: Recording) => void
  onProblem: (message: string) => void
  disabled?: boolean
}

/** "0:07" */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

export default function VoiceRecorder({ onRecorded, onProblem, disabled = false }: Props) {
  const [phase, setPhase] = useState<'idle' | 'starting' | 'recording'>('idle')
  const [elapsedMs, setElapsedMs] = useState(0)
  const startedAt = useRef(0)
  const phaseRef = useRef(phase)
  phaseRef.current = phase
  // The latest callbacks, for a recording that ends after a re-render.
  const callbacks = useRef({ onRecorded, onProblem })
  callbacks.current = { onRecorded, onProblem }

  useEffect(() => {
    if (phase !== 'recording') return undefined
    const timer = setInterval(() => setElapsedMs(Math.min(MAX_RECORDING_MS, Date.now() - startedAt.current)), 250)
    return () => clearInterval(timer)
  }, [phase])

  // Leaving the page while recording: stop; the recording still joins the draft.
  useEffect(() => () => mediaApi.stopRecording(), [])

  const start = async () => {
    if (phaseRef.current !== 'idle' || disabled) return
    setPhase('starting')
    setElapsedMs(0)
    const started = await mediaApi.startRecording(MAX_RECORDING_MS, {
      onStop(result) {
        setPhase('idle')
        if (result.ok) callbacks.current.onRecorded(result.recording)
        else if (result.message) callbacks.current.onProblem(result.message)
      },
    })
    if (!started.ok) {
      setPhase('idle')
      if (started.message) callbacks.current.onProblem(started.message)
      return
    }
    startedAt.current = Date.now()
    setPhase('recording')
  }

  if (phase === 'recording') {
    return (
      <View className='voice voice--recording'>
        <View className='voice__state'>
          <View className='voice__dot' />
          正在录音 {formatDuration(elapsedMs)}
          <View className='voice__limit'>（最长1分钟）</View>
        </View>
        <View className='voice__button voice__button--stop' hoverClass='voice__button--pressed' onClick={() => mediaApi.stopRecording()}>
          <View className='voice__button-text'>说完了，点这里停止</View>
        </View>
      </View>
    )
  }

  return (
    <View className='voice'>
      <View
        className={`voice__button${disabled || phase === 'starting' ? ' voice__button--disabled' : ''}`}
        hoverClass='voice__button--pressed'
        onClick={() => void start()}
      >
        <View className='voice__button-text'>{phase === 'starting' ? '正在打开话筒…' : '点一下开始录音'}</View>
        <View className='voice__button-hint'>说不清楚就录一段语音，最长1分钟</View>
      </View>
    </View>
  )
}
