// 待发送 N 件: the intakes kept on the phone, each with its state — 等待网络 / 正在发送 / 已发送 SS… / 发送失败：…
// (with 重试 and 修改). Sent ones can be opened, and cleared from the list.
import { View } from '@tarojs/components'
import { firstLine } from '@/stores/selectors'
import type { OutboxItem } from '../model/types'
import './OutboxList.scss'

interface Props {
  items: OutboxItem[]
  /** The signed-in worker (unknown offline after a restart: then another worker's intakes say they wait for them). */
  userId?: string
  onRetry: (idempotencyKey: string) => void
  onEdit: (idempotencyKey: string) => void
  onOpen: (caseId: string) => void
  onClearSent: () => void
}

/** A photo or recording too large for the phone's storage (or with no room left) is only in memory. */
export const MEMORY_ONLY_NOTE = '有照片或录音没能存进手机，请等它发出后再关掉应用'

export function stateText(item: OutboxItem, userId?: string): string {
  if (item.state === 'sent') return `已发送 ${item.caseNo ?? ''}`.trim()
  if (item.state === 'sending') return '正在发送'
  if (item.state === 'failed') return `发送失败：${item.error ?? '请重试'}`
  return userId && item.ownerId !== userId ? '等待原登记人登录后发送' : '等待网络'
}

export default function OutboxList({ items, userId, onRetry, onEdit, onOpen, onClearSent }: Props) {
  if (items.length === 0) return null
  const pending = items.filter((item) => item.state !== 'sent').length
  return (
    <View className='outbox'>
      <View className='outbox__header'>
        <View className='outbox__title'>{pending > 0 ? `待发送 ${pending} 件` : '都已发送'}</View>
        {pending < items.length ? (
          <View className='outbox__clear' onClick={onClearSent}>
            清除已发送
          </View>
        ) : null}
      </View>
      {items.map((item) => {
        const who = [item.input.petitioner?.room, item.input.petitioner?.name].filter(Boolean).join(' ')
        return (
          <View key={item.idempotencyKey} className={`outbox__item outbox__item--${item.state}`}>
            <View className='outbox__who'>{who}</View>
            <View className='outbox__text'>{firstLine(item.input.text, 24)}</View>
            <View className={`outbox__state outbox__state--${item.state}`}>{stateText(item, userId)}</View>
            {item.state !== 'sent' && item.files.some((file) => file.durable === false && !file.fileId) ? (
              <View className='outbox__note'>{MEMORY_ONLY_NOTE}</View>
            ) : null}
            {item.state === 'failed' ? (
              <View className='outbox__actions'>
                <View className='outbox__action outbox__action--primary' onClick={() => onRetry(item.idempotencyKey)}>
                  重试
                </View>
                <View className='outbox__action' onClick={() => onEdit(item.idempotencyKey)}>
                  修改
                </View>
              </View>
            ) : null}
            {item.state === 'sent' && item.caseId ? (
              <View className='outbox__actions'>
                <View className='outbox__action' onClick={() => onOpen(item.caseId as string)}>
                  查看
                </View>
              </View>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
