// One case, for every role: the workbench (what was said, the six steps, what to do next, the record). The petitioner
// can also turn on progress reminders and rate the published result; workers act through the forms of allowedActions.
import { useDidShow, useLoad, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import CaseWorkbench from '@/components/case/CaseWorkbench'
import { useShuoshiStore } from '@/stores'
import './index.scss'

export default function CasePage() {
  const caseId = useRouter().params.id ?? ''
  const loadCase = useShuoshiStore((state) => state.loadCase)
  const loadSession = useShuoshiStore((state) => state.loadSession)
  const resetRate = useShuoshiStore((state) => state.resetRate)

  useLoad(() => {
    resetRate()
    // Opened from a pushed message, the app starts on this page: find out who is reading it.
    if (useShuoshiStore.getState().sessionStatus === 'unknown') void loadSession()
  })

  useDidShow(() => {
    if (caseId) void loadCase(caseId)
  })

  return (
    <View className='page case-page'>
      <CaseWorkbench caseId={caseId} />
    </View>
  )
}
