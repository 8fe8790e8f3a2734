// 说事厅 home: where and when to come, the hotline, the six steps, and the big buttons for the caller's role
// (home-buttons.ts). Workers see how many cases wait for them; intakes kept on the phone are sent from here too.
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import BigButton from '@/components/BigButton'
import HallInfo from '@/components/HallInfo'
import StatusMessage from '@/components/StatusMessage'
import StepFlow from '@/components/StepFlow'
import OpenTopicsCard from '@/components/topics/OpenTopicsCard'
import { ROUTES } from '@/services/routes'
import { sessionApi } from '@/services/session'
import { useShuoshiStore } from '@/stores'
import { homeButtons } from './home-buttons'
import './index.scss'

export default function HomePage() {
  const status = useShuoshiStore((state) => state.sessionStatus)
  const error = useShuoshiStore((state) => state.sessionError)
  const user = useShuoshiStore((state) => state.user)
  const community = useShuoshiStore((state) => state.community)
  const loadSession = useShuoshiStore((state) => state.loadSession)
  const signOut = useShuoshiStore((state) => state.signOut)
  const unread = useShuoshiStore((state) => state.inbox.unread)
  const loadUnread = useShuoshiStore((state) => state.loadUnread)
  const waiting = useShuoshiStore((state) => state.homeWaiting)
  const loadWaiting = useShuoshiStore((state) => state.loadHomeWaiting)
  const startOutbox = useShuoshiStore((state) => state.startIntakeOutbox)
  const sendOutbox = useShuoshiStore((state) => state.sendIntakeOutbox)
  const topics = useShuoshiStore((state) => (state.topics.ownerId === state.user?.userId ? state.topics.items : undefined))
  const loadTopics = useShuoshiStore((state) => state.loadTopics)

  // Who is here, then how many notices they have not read (the 消息中心 badge).
  const refresh = () =>
    void loadSession().then(() => {
      const state = useShuoshiStore.getState()
      if (state.sessionStatus !== 'signedIn') return
      void loadUnread()
      if (state.user && state.user.role !== 'resident') void loadWaiting()
      if (state.user?.role === 'resident') void loadTopics()
      void sendOutbox()
    })

  useDidShow(() => {
    if (useShuoshiStore.getState().sessionStatus !== 'loading') refresh()
  })

  // Intakes waiting on the phone send themselves when the network returns, wherever the app is.
  useEffect(() => startOutbox(), [startOutbox])

  useEffect(() => {
    if (status === 'signedOut' && sessionApi.newcomerPage) void Taro.redirectTo({ url: sessionApi.newcomerPage })
  }, [status])

  const go = (url: string) => () => void Taro.navigateTo({ url })

  if (!user) {
    // A newcomer is on the way to the sign-in or 住户登记 page; without one there is nothing to do but say so.
    const leaving = status === 'signedOut' && Boolean(sessionApi.newcomerPage)
    return (
      <View className='page home'>
        <View className='page__title'>说事厅</View>
        <StatusMessage
          loading={status === 'unknown' || status === 'loading' || leaving}
          error={status === 'failed' ? error : status === 'signedOut' && !leaving ? '请先登录' : undefined}
          onRetry={refresh}
        />
      </View>
    )
  }

  return (
    <View className='page home'>
      {community ? <View className='home__community'>{community.name}</View> : null}
      <View className='page__title'>说事厅</View>
      <View className='home__greeting'>{user.name}，您好！有事您就说。</View>
      {status === 'failed' ? <StatusMessage error={error} onRetry={refresh} /> : null}

      {user.role === 'resident' && topics ? <OpenTopicsCard topics={topics} onOpen={(id) => go(ROUTES.answerTopic(id))()} /> : null}

      {homeButtons({ role: user.role, hasCommunity: Boolean(community), unread, waiting }).map((button) => (
        <BigButton key={button.url} kind={button.kind} text={button.text} hint={button.hint} badge={button.badge} onClick={go(button.url)} />
      ))}

      {community ? (
        <View className='section'>
          <HallInfo community={community} />
        </View>
      ) : null}

      <View className='section'>
        <View className='section__title'>说的事怎么办？六步走</View>
        <StepFlow />
      </View>

      {sessionApi.signInPage ? (
        <BigButton kind='plain' text='切换身份' onClick={() => void signOut()} />
      ) : null}
    </View>
  )
}
