// 入户说事 (being built).
import { View } from '@tarojs/components'

export default function Page() {
  return <View className='page'>入户说事</View>
}
