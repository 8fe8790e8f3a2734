// Browser at a desk: the case beside a work list is the case workbench (details, record and action forms), which
// loads the case itself.
import { View } from '@tarojs/components'
import CaseWorkbench from '@/components/case/CaseWorkbench'

export default function DeskCasePane({ caseId }: { caseId: string }) {
  return (
    <View className='desk__pane'>
      <CaseWorkbench caseId={caseId} autoLoad />
    </View>
  )
}
