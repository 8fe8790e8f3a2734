// 入户说事 (grid workers, door to door) and 登记说事 (staff and admins: phone, walk-in, suggestion box) on one page:
// what waits on the phone to be sent (待发送 N 件) on top, then the form. Works without a signal: a finished intake
// is kept on the phone and sends itself when the network returns.
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import StatusMessage from '@/components/StatusMessage'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import { intakeWhoOf } from '@/stores/intake-slice'
import IntakeForm from './components/IntakeForm'
import OutboxList from './components/OutboxList'
import { INTAKE_MESSAGES } from './model/check-intake'
import './index.scss'

export default function IntakePage() {
  const directoryState = useShuoshiStore((state) => state.intakeDirectory)
  const who = useShuoshiStore(useShallow(intakeWhoOf))
  const userId = useShuoshiStore((state) => state.user?.userId)
  const outbox = useShuoshiStore((state) => state.intakeOutbox)
  const online = useShuoshiStore((state) => state.intakeOnline)
  const loadDirectory = useShuoshiStore((state) => state.loadIntakeDirectory)
  const startOutbox = useShuoshiStore((state) => state.startIntakeOutbox)
  const sendOutbox = useShuoshiStore((state) => state.sendIntakeOutbox)
  const retry = useShuoshiStore((state) => state.retryIntake)
  const edit = useShuoshiStore((state) => state.editIntake)
  const clearSent = useShuoshiStore((state) => state.clearSentIntakes)
  const [queued, setQueued] = useState(false)

  useEffect(() => {
    startOutbox()
    void loadDirectory()
  }, [startOutbox, loadDirectory])

  useDidShow(() => void sendOutbox())

  const gridWorker = who?.role === 'gridWorker'
  const title = gridWorker ? '入户说事' : '登记说事'
  useEffect(() => {
    if (who) Taro.setNavigationBarTitle({ title }).catch(() => undefined)
  }, [who, title])

  const worker = who && (who.role === 'gridWorker' || who.role === 'staff' || who.role === 'admin')
  return (
    <View className='page intake'>
      <View className='page__title'>{title}</View>
      {online ? null : <View className='intake__offline'>现在没有网络。登记的事先存在手机上，来网后自动发送，关掉也不会丢。</View>}
      <OutboxList
        items={userId ? outbox.filter((item) => item.ownerId === userId) : outbox}
        userId={userId}
        onRetry={(key) => void retry(key)}
        onEdit={(key) => {
          setQueued(false)
          edit(key)
        }}
        onOpen={(caseId) => void Taro.navigateTo({ url: ROUTES.caseDetail(caseId) })}
        onClearSent={clearSent}
      />
      {queued ? <View className='intake__queued'>已保存，可以登记下一件。</View> : null}
      {who && worker ? (
        <IntakeForm who={who} directory={directoryState.directory} online={online} onFinished={() => setQueued(true)} />
      ) : who ? (
        <StatusMessage error={INTAKE_MESSAGES.notWorker} />
      ) : (
        <StatusMessage loading={directoryState.status !== 'failed'} error={directoryState.error} onRetry={() => void loadDirectory()} />
      )}
    </View>
  )
}
