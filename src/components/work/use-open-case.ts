// Opening a case from a work list: at a desk it shows beside the list, on a phone the case page opens.
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import type { DeskView } from '@/stores/work-slice'

export function useOpenCase(view: DeskView, desk: boolean): (caseId: string) => void {
  const selectDeskCase = useShuoshiStore((state) => state.selectDeskCase)
  return useCallback(
    (caseId: string) => {
      if (desk) selectDeskCase(view, caseId)
      else void Taro.navigateTo({ url: ROUTES.caseDetail(caseId) })
    },
    [desk, selectDeskCase, view],
  )
}
