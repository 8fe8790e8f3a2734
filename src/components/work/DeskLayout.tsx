// A work list and, at a desk (≥ 1024 px), the chosen case beside it: list left (~40%), the case workbench right.
// On a phone only the list shows; a tap opens the case page (useOpenCase).
import { View } from '@tarojs/components'
import { useEffect, useRef, type ReactNode } from 'react'
import { useShuoshiStore } from '@/stores'
import type { DeskView } from '@/stores/work-slice'
import DeskCasePane from './DeskCasePane'
import './DeskLayout.scss'

interface Props {
  view: DeskView
  desk: boolean
  /** Shown beside the list when nothing is chosen yet (usually the first case of the list). */
  firstCaseId?: string
  /** The case beside the list changed (an action was done in its workbench): reload the list. */
  onCaseChanged?: () => void
  children: ReactNode
}

export default function DeskLayout({ view, desk, firstCaseId, onCaseChanged, children }: Props) {
  const chosen = useShuoshiStore((state) => state.deskCase[view])
  const version = useShuoshiStore((state) => (chosen ? state.details[chosen]?.case.version : undefined))
  const selectDeskCase = useShuoshiStore((state) => state.selectDeskCase)
  const seen = useRef<{ caseId?: string; version?: number }>({})

  useEffect(() => {
    const before = seen.current
    seen.current = { caseId: chosen, version }
    if (desk && chosen && chosen === before.caseId && before.version !== undefined && version !== undefined && version > before.version) onCaseChanged?.()
  }, [desk, chosen, version, onCaseChanged])

  useEffect(() => {
    if (desk && !chosen && firstCaseId) selectDeskCase(view, firstCaseId)
  }, [desk, chosen, firstCaseId, selectDeskCase, view])

  if (!desk) return <View className='desk'>{children}</View>
  return (
    <View className='desk desk--wide'>
      <View className='desk__list'>{children}</View>
      <View className='desk__case'>
        {chosen ? <DeskCasePane key={chosen} caseId={chosen} /> : <View className='desk__hint'>点左边的事项，在这里查看和办理</View>}
      </View>
    </View>
  )
}
