// Photos for an action (办理进展, 办结, 督办记录 …): add from camera or album, each uploads under its own key.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { LIMITS } from '@core/contracts/functions'
import DraftAttachments from '@/components/DraftAttachments'
import { mediaApi } from '@/services/media'
import { useShuoshiStore } from '@/stores'
import FieldError from './FieldError'

export default function PhotoField({ label = '照片（可不加）' }: { label?: string }) {
  const photos = useShuoshiStore((state) => state.actionForm?.photos ?? [])
  const addFormPhotos = useShuoshiStore((state) => state.addFormPhotos)
  const retryFormPhoto = useShuoshiStore((state) => state.retryFormPhoto)
  const removeFormPhoto = useShuoshiStore((state) => state.removeFormPhoto)
  const [message, setMessage] = useState<string>()
  const room = LIMITS.attachments - photos.length

  const choose = async () => {
    if (room <= 0) return
    const chosen = await mediaApi.choosePhotos(room)
    if (!chosen.ok) {
      setMessage(chosen.message || undefined)
      return
    }
    setMessage(undefined)
    addFormPhotos(chosen.files.map((file) => ({ kind: 'image' as const, filePath: file.filePath, name: file.name, contentType: file.contentType })))
  }

  return (
    <View className='action-field'>
      <View className='action-field__label'>{label}</View>
      <DraftAttachments attachments={photos} onRetry={(key) => void retryFormPhoto(key)} onRemove={removeFormPhoto} />
      {room > 0 ? (
        <View className='action-chip action-chip--add' hoverClass='action-chip--pressed' onClick={() => void choose()}>
          ＋ 加照片（还能加 {room} 张）
        </View>
      ) : null}
      {message ? <View className='error-text'>{message}</View> : null}
      <FieldError name='attachments' />
    </View>
  )
}
