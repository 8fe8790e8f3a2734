// The privacy guide's text, shown on the register page where WeChat's own (openPrivacyContract) is not available: the
// browser build of the local runtime. On WeChat the guide declared in 微信公众平台 should say the same.
import { View } from '@tarojs/components'

export const PRIVACY_GUIDE: ReadonlyArray<{ title: string; text: string }> = [
  { title: '我们收集什么', text: '住户登记时：您的姓名、所住社区和门牌，您愿意留下的手机号码。说事时：您写的文字、您拍的照片和录的语音。' },
  { title: '用来做什么', text: '只用来登记您是本社区住户，把您说的事转给负责的工作人员和承办单位，并告诉您办理进展、请您评价。' },
  { title: '谁能看到', text: '您的姓名、电话和门牌只给办理您事项的社区工作人员、网格员和承办单位看；公示栏上姓名会隐去，照片和录音不公开。' },
  { title: '保存与删除', text: '事项办结后按社区档案要求保存；没有用上的照片和录音一天后删除。您可以到社区说事厅要求查看、更正或注销您的登记信息。' },
  { title: '您的选择', text: '手机号码可以不填。不同意本指引也可以到社区说事厅当面说事，由工作人员代为登记。' },
]

export default function PrivacyGuide({ onClose }: { onClose: () => void }) {
  return (
    <View className='register__guide'>
      <View className='register__guide-title'>用户隐私保护指引</View>
      {PRIVACY_GUIDE.map((part) => (
        <View key={part.title} className='register__guide-part'>
          <View className='register__guide-heading'>{part.title}</View>
          <View>{part.text}</View>
        </View>
      ))}
      <View className='register__link' onClick={onClose}>
        收起
      </View>
    </View>
  )
}
