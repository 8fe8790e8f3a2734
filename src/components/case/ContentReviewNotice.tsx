// Staff only (the server sends `contentReview` to staff and admins): texts or photos of the case held from the 公示栏
// by the content check, with the reason. Nothing was removed: the text above is what the resident said. After
// looking, staff lift the hold (cases.releaseContent) and the case is read again.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ContentHold } from '@core/ports/content-check'
import { cloudApi } from '@/services/cloud-api'
import { useShuoshiStore } from '@/stores'

const WHAT: Record<ContentHold['field'], string> = { text: '说事内容', publishedResult: '公示的办理结果', image: '照片' }

export default function ContentReviewNotice({ caseId, holds }: { caseId: string; holds: ContentHold[] | undefined }) {
  const loadCase = useShuoshiStore((state) => state.loadCase)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  if (!holds?.length) return null
  const release = async (field: ContentHold['field']) => {
    if (busy) return
    setBusy(true)
    setError(undefined)
    const answer = await cloudApi.callFunction('cases', 'releaseContent', { caseId, field })
    setBusy(false)
    if (answer.ok) await loadCase(caseId)
    else setError(answer.message)
  }
  return (
    <View className='case__review'>
      {holds.map((hold) => (
        <View key={`${hold.field}-${hold.fileId ?? ''}`} className='case__review-line'>
          <View>内容审核中：{WHAT[hold.field]}暂不在公示栏显示（{hold.reason}）</View>
          <View className='case__review-release' onClick={() => void release(hold.field)}>
            {busy ? '正在处理…' : '审核通过，可以公示'}
          </View>
        </View>
      ))}
      {error ? <View className='error-text'>{error}</View> : null}
    </View>
  )
}
