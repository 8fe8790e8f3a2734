// 通讯录导入 on 工作人员管理 (admins): choose a CSV, see the dry run (each bad row by line, or what would be added
// and updated), then import it — all rows or none. The same checks as `npm run import:directory`.
import { View } from '@tarojs/components'
import { useState } from 'react'
import BigButton from '@/components/BigButton'
import { parseCsv, looksMisdecoded } from '@core/application/directory-import/csv'
import { IMPORT_KIND_LABELS } from '@core/application/directory-import/columns'
import type { ImportReport } from '@core/application/import-directory'
import { cloudApi } from '@/services/cloud-api'
import { pickAddressBook, type PickedFile } from '../pick-file'

const countsText = (report: ImportReport) =>
  Object.entries(report.counts)
    .filter(([, c]) => c.created + c.updated > 0)
    .map(([kind, c]) => `${IMPORT_KIND_LABELS[kind as keyof typeof IMPORT_KIND_LABELS]}：新增${c.created}，更新${c.updated}`)

export default function ImportSection({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<PickedFile>()
  const [report, setReport] = useState<ImportReport>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const run = async (picked: PickedFile, dryRun: boolean) => {
    setBusy(true)
    const answer = await cloudApi.callFunction<ImportReport>('identity', 'importDirectory', { table: parseCsv(picked.text), dryRun, fileName: picked.name })
    setBusy(false)
    if (!answer.ok) return setError(answer.message)
    setReport(answer.data)
    if (answer.data.written) onImported()
  }

  const choose = async () => {
    setError(undefined)
    setReport(undefined)
    const picked = await pickAddressBook()
    if (!picked) return
    if ('error' in picked) return setError(picked.error)
    if (looksMisdecoded(picked.text)) return setError('文件不是 UTF-8 编码：请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”')
    setFile(picked)
    await run(picked, true)
  }

  return (
    <View className='section'>
      <View className='section__title'>通讯录导入</View>
      <View className='admin__hint'>一个 CSV 文件，“类型”列写 社区、网格、楼栋、住户、单位 或 单位成员（格式见 README）。先检查，全部无误才导入。</View>
      <BigButton kind='secondary' text={busy ? '正在检查…' : '选择文件'} disabled={busy} onClick={() => void choose()} />
      {error ? <View className='error-text'>{error}</View> : null}
      {report ? (
        <View className='admin__report'>
          <View>{file?.name}（{report.rows}行）</View>
          {report.problems.length > 0 ? (
            <>
              <View className='error-text'>发现{report.problems.length}处错误，请改正后再导入：</View>
              {report.problems.slice(0, 50).map((p) => <View key={`${p.line}-${p.message}`} className='admin__problem'>第{p.line}行：{p.message}</View>)}
            </>
          ) : (
            <>
              <View>{report.written ? '已导入：' : '检查通过，将会：'}</View>
              {countsText(report).map((line) => <View key={line} className='admin__hint'>{line}</View>)}
              {!report.written && file ? <BigButton text={busy ? '正在导入…' : '确认导入'} disabled={busy} onClick={() => void run(file, false)} /> : null}
            </>
          )}
        </View>
      ) : null}
    </View>
  )
}
