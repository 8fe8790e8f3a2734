// Staff only (the server sends `contentReview` to staff and admins): texts or photos of the case held from the 公示栏
// by the content check, with the reason. Nothing was removed: the text above is what the resident said.
import { View } from '@tarojs/components'
import type { ContentHold } from '@core/ports/content-check'

const WHAT: Record<ContentHold['field'], string> = { text: '说事内容', publishedResult: '公示的办理结果', image: '照片' }

export default function ContentReviewNotice({ holds }: { holds: ContentHold[] | undefined }) {
  if (!holds?.length) return null
  return (
    <View className='case__review'>
      {holds.map((hold) => (
        <View key={`${hold.field}-${hold.fileId ?? ''}`} className='case__review-line'>
          内容审核中：{WHAT[hold.field]}暂不在公示栏显示（{hold.reason}）
        </View>
      ))}
    </View>
  )
}
