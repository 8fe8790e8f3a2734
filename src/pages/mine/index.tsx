// 我的说事: the caller's own cases, newest first; tap one to see how it is going.
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import BigButton from '@/components/BigButton'
import CaseCard from '@/components/CaseCard'
import StatusMessage from '@/components/StatusMessage'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'

export default function MinePage() {
  const mine = useShuoshiStore((state) => state.mine)
  const loadMine = useShuoshiStore((state) => state.loadMine)

  useDidShow(() => void loadMine())
  usePullDownRefresh(() => void loadMine().then(() => Taro.stopPullDownRefresh()))

  const open = (caseId: string) => void Taro.navigateTo({ url: ROUTES.caseDetail(caseId) })
  return (
    <View className='page mine'>
      <View className='page__title'>我的说事</View>
      {mine.items.map((item) => (
        <CaseCard key={item.id} item={item} onOpen={open} />
      ))}
      <StatusMessage
        loading={mine.loading && mine.items.length === 0}
        error={mine.error}
        empty={mine.loaded && mine.items.length === 0 ? '您还没有说过事' : undefined}
        onRetry={() => void loadMine()}
      />
      {mine.nextCursor ? <BigButton kind='plain' text={mine.loading ? '正在加载…' : '看更早的'} onClick={() => void loadMine({ more: true })} /> : null}
      {mine.loaded && mine.items.length === 0 ? <BigButton text='我要说事' onClick={() => void Taro.redirectTo({ url: ROUTES.submit })} /> : null}
    </View>
  )
}
