// The photos and recordings of the 我要说事 draft, each with its state: 上传中… / 已上传 / 上传失败（点此重试）.
// A failed one keeps its file on the phone and is uploaded again under the same key when tapped.
import { Image, View } from '@tarojs/components'
import { mediaApi } from '@/services/media'
import { attachmentLabel } from '@/stores/cases-slice'
import type { DraftAttachment } from '@/stores/types'
import PlayButton from './PlayButton'
import { formatDuration } from './VoiceRecorder'
import './DraftAttachments.scss'

interface Props {
  attachments: DraftAttachment[]
  onRetry: (idempotencyKey: string) => void
  onRemove: (idempotencyKey: string) => void
  disabled?: boolean
}

const STATE_TEXT = { uploading: '上传中…', uploaded: '已上传', failed: '上传失败（点此重试）' } as const

const sourceOf = (item: DraftAttachment) => item.filePath || (item.fileId ? mediaApi.fileUrl(item.fileId) : '')

export default function DraftAttachments({ attachments, onRetry, onRemove, disabled = false }: Props) {
  if (attachments.length === 0) return null
  return (
    <View className='draft-files'>
      {attachments.map((item) => {
        const label = attachmentLabel(attachments, item.idempotencyKey)
        const src = sourceOf(item)
        return (
          <View key={item.idempotencyKey} className={`draft-files__item draft-files__item--${item.status}`}>
            <View className='draft-files__body'>
              {item.kind === 'image' ? (
                src ? <Image className='draft-files__thumb' src={src} mode='aspectFill' /> : <View className='draft-files__thumb' />
              ) : src ? (
                <PlayButton src={src} label='听一听' detail={item.durationMs ? formatDuration(item.durationMs) : undefined} />
              ) : null}
              <View className='draft-files__label'>{label}</View>
            </View>
            <View className='draft-files__footer'>
              {item.status === 'failed' ? (
                <View className='draft-files__state draft-files__state--failed' onClick={() => !disabled && onRetry(item.idempotencyKey)}>
                  {STATE_TEXT.failed}
                </View>
              ) : (
                <View className={`draft-files__state draft-files__state--${item.status}`}>{STATE_TEXT[item.status]}</View>
              )}
              {item.status !== 'uploading' && !disabled ? (
                <View className='draft-files__remove' onClick={() => onRemove(item.idempotencyKey)}>
                  删掉
                </View>
              ) : null}
            </View>
            {item.status === 'failed' && item.error ? <View className='draft-files__error'>{item.error}</View> : null}
          </View>
        )
      })}
    </View>
  )
}
