// 督办 (being built).
import { View } from '@tarojs/components'

export default function Page() {
  return <View className='page'>督办</View>
}
