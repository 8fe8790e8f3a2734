// The photos (thumbnails; tap to see them full screen) and recordings (a big 播放录音 button) of a case.
// Storage is private: each file is shown through the short-lived link the server gave with the case (`url`).
import { Image, View } from '@tarojs/components'
import type { Attachment } from '@core/domain/case'
import { mediaApi } from '@/services/media'
import PlayButton from './PlayButton'
import './CaseAttachments.scss'

interface Props {
  attachments: Attachment[] | undefined
}

const linkOf = (item: Attachment) => item.url ?? mediaApi.fileUrl(item.fileId)

export default function CaseAttachments({ attachments }: Props) {
  const photos = (attachments ?? []).filter((item) => item.kind === 'image').map(linkOf)
  const recordings = (attachments ?? []).filter((item) => item.kind === 'audio')
  if (photos.length === 0 && recordings.length === 0) return null
  return (
    <View className='case-files'>
      {recordings.map((item, index) => (
        <PlayButton key={item.fileId} src={linkOf(item)} label={recordings.length > 1 ? `播放第${index + 1}段录音` : '播放录音'} />
      ))}
      {photos.length > 0 ? (
        <View className='case-files__photos'>
          {photos.map((url) => (
            <Image key={url} className='case-files__photo' src={url} mode='aspectFill' onClick={() => mediaApi.previewImages(photos, url)} />
          ))}
        </View>
      ) : null}
    </View>
  )
}
