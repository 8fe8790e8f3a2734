// A work list and, at a desk (≥ 1024 px), the chosen case beside it: list left (~40%), the case workbench right.
// On a phone only the list shows; a tap opens the case page (useOpenCase).
import { View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { useShuoshiStore } from '@/stores'
import type { DeskView } from '@/stores/work-slice'
import DeskCasePane from './DeskCasePane'
import './DeskLayout.scss'

interface Props {
  view: DeskView
  desk: boolean
  /** Shown beside the list when nothing is chosen yet (usually the first case of the list). */
  firstCaseId?: string
  children: ReactNode
}

export default function DeskLayout({ view, desk, firstCaseId, children }: Props) {
  const chosen = useShuoshiStore((state) => state.deskCase[view])
  const selectDeskCase = useShuoshiStore((state) => state.selectDeskCase)

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
