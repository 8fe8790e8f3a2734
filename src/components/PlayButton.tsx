// A big 播放录音 button: tap to listen, tap again to stop. One player per button, released when it goes away.
import { View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { mediaApi } from '@/services/media'
import { MEDIA_MESSAGES, type AudioPlayer } from '@/services/media-types'
import './PlayButton.scss'

interface Props {
  src: string
  /** e.g. "播放录音" or "听一听". */
  label?: string
  /** e.g. the duration "0:12". */
  detail?: string
}

export default function PlayButton({ src, label = '播放录音', detail }: Props) {
  const [playing, setPlaying] = useState(false)
  const [failed, setFailed] = useState(false)
  const player = useRef<AudioPlayer>()

  useEffect(
    () => () => {
      player.current?.destroy()
      player.current = undefined
    },
    [],
  )

  const toggle = () => {
    player.current ??= mediaApi.createPlayer()
    if (playing) {
      player.current.stop()
      setPlaying(false)
      return
    }
    setFailed(false)
    setPlaying(true)
    player.current.play(src, (didFail) => {
      setPlaying(false)
      setFailed(didFail)
    })
  }

  return (
    <View className='play'>
      <View className={`play__button${playing ? ' play__button--playing' : ''}`} hoverClass='play__button--pressed' onClick={toggle} data-src={src}>
        <View className='play__icon'>{playing ? '■' : '▶'}</View>
        <View className='play__label'>{playing ? '停止播放' : label}</View>
        {detail ? <View className='play__detail'>{detail}</View> : null}
      </View>
      {failed ? <View className='play__error'>{MEDIA_MESSAGES.playFailed}</View> : null}
    </View>
  )
}
