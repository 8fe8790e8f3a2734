// What a topic page reads: the topic named in the page's address (loaded each time the page shows), the loading
// error, and where the last write stands.
import { useDidShow, useRouter } from '@tarojs/taro'
import { ensureSession } from '@/components/work/ensure-session'
import { useShuoshiStore } from '@/stores'

export function useTopicPage() {
  const topicId = useRouter().params.id ?? ''
  const topic = useShuoshiStore((state) => state.topicViews[topicId])
  const loadError = useShuoshiStore((state) => state.topicError)
  const busy = useShuoshiStore((state) => state.topicBusy)
  const writeError = useShuoshiStore((state) => state.topicWriteError)
  const loadTopic = useShuoshiStore((state) => state.loadTopic)
  useDidShow(() => void ensureSession().then(() => loadTopic(topicId)))
  return { topicId, topic, loadError, busy, writeError, reload: () => void loadTopic(topicId) }
}
