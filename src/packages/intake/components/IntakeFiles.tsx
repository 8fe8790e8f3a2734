// The photos and recordings of the intake being filled in, each with 删掉. They upload when the intake is sent.
import { Image, View } from '@tarojs/components'
import PlayButton from '@/components/PlayButton'
import { formatDuration } from '@/components/VoiceRecorder'
import { offlineFiles } from '@/services/offline-files'
import { fileLabel } from '../model/send-intake'
import type { IntakeFile } from '../model/types'
import './IntakeFiles.scss'

interface Props {
  files: IntakeFile[]
  onRemove: (idempotencyKey: string) => void
  disabled?: boolean
}

export default function IntakeFiles({ files, onRemove, disabled = false }: Props) {
  if (files.length === 0) return null
  return (
    <View className='intake-files'>
      {files.map((file) => {
        const src = offlineFiles.resolve(file.filePath)
        return (
          <View key={file.idempotencyKey} className='intake-files__item'>
            {file.kind === 'image' ? (
              src ? <Image className='intake-files__thumb' src={src} mode='aspectFill' /> : <View className='intake-files__thumb' />
            ) : src ? (
              <PlayButton src={src} label='听一听' detail={file.durationMs ? formatDuration(file.durationMs) : undefined} />
            ) : null}
            <View className='intake-files__label'>{fileLabel(files, file)}</View>
            {disabled ? null : (
              <View className='intake-files__remove' onClick={() => onRemove(file.idempotencyKey)}>
                删掉
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
}
