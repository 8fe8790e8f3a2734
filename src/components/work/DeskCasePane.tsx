// The case beside a work list at a desk. Platform files implement it:
//   DeskCasePane.h5.tsx — the case workbench, in the browser at a desk (≥ 1024 px)
//   this file           — the mini-program, where the desk layout never shows (a tap opens the case page), so the
//                         work subpackages do not carry the workbench
import { View } from '@tarojs/components'

export default function DeskCasePane(_props: { caseId: string }) {
  return <View className='desk__pane' />
}
