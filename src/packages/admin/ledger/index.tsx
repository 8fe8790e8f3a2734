// 导出台账 (staff: their community; admins: the street or one community; supervisors: masked only): pick a period
// (quick choices or typed dates), the scope (admins), CSV or Excel, and — staff and admins, deliberately — full
// personal data, which is written to the 变动记录. The file then downloads (browser) or opens (WeChat).
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Switch, View } from '@tarojs/components'
import { useState } from 'react'
import BigButton from '@/components/BigButton'
import ChoiceGrid from '@/components/ChoiceGrid'
import StatusMessage from '@/components/StatusMessage'
import { ensureSession } from '@/components/work/ensure-session'
import { useShuoshiStore } from '@/stores'
import { shanghaiDate } from '@/services/time'
import { adminApi } from '../admin-api'
import { settingsApi, type LedgerExport } from '../settings-api'
import { saveExport } from '../save-export'
import { periodChoices } from './periods'
import '../workers/index.scss'
import './index.scss'

const FORMATS = [
  { key: 'xlsx', text: 'Excel 表格（.xlsx）' },
  { key: 'csv', text: 'CSV（UTF-8）' },
]
const STREET = 'street'

export default function LedgerPage() {
  const user = useShuoshiStore((s) => s.user)
  const [periods] = useState(() => periodChoices(shanghaiDate(new Date().toISOString())))
  const [from, setFrom] = useState(periods[0].from)
  const [to, setTo] = useState(periods[0].to)
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx')
  const [full, setFull] = useState(false)
  const [communities, setCommunities] = useState<Array<{ id: string; name: string }>>([])
  const [scope, setScope] = useState(STREET)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [done, setDone] = useState<LedgerExport & { note: string }>()

  useDidShow(() => void ensureSession().then(async () => {
    if (useShuoshiStore.getState().user?.role !== 'admin') return
    const choices = await adminApi.choices()
    if (choices.ok) setCommunities(choices.data.communities.map((c) => ({ id: c.id, name: c.name })))
  }))

  const role = user?.role
  if (!role) return <View className='page admin'><StatusMessage loading /></View>
  if (role !== 'staff' && role !== 'admin' && role !== 'supervisor') return <View className='page admin'><StatusMessage error='只有社区工作人员、督办组和街道管理员可以导出台账' /></View>
  const mayChooseFull = role === 'staff' || role === 'admin'

  const chooseFull = async (on: boolean) => {
    if (!on) return setFull(false)
    const { confirm } = await Taro.showModal({ title: '导出完整个人信息', content: '台账将包含说事人的姓名、电话和住址。这次导出会记入变动记录（谁、何时、哪个时段）。请妥善保管文件。', confirmText: '确认导出' })
    setFull(confirm)
  }

  const run = async () => {
    if (busy) return
    setBusy(true)
    setError(undefined)
    setDone(undefined)
    const answer = await settingsApi.exportLedger({ from: from.trim(), to: to.trim(), format, full, ...(role === 'admin' && scope !== STREET ? { communityId: scope } : {}) })
    if (!answer.ok) {
      setBusy(false)
      return setError(answer.message)
    }
    const saved = await saveExport(answer.data)
    setBusy(false)
    if ('error' in saved) return setError(saved.error)
    setDone({ ...answer.data, note: saved.done })
  }

  return (
    <View className='page admin ledger'>
      <View className='page__title'>说事台账</View>
      <View className='admin__hint'>按登记时间导出一个时段的全部说事事项，每件一行：编号、渠道、说事人、类别、承办单位、时限、结果、满意度和结案情况。</View>

      <View className='section'>
        <View className='section__title'>时段</View>
        <ChoiceGrid columns={1} choices={periods.map((p) => ({ key: p.key, text: p.from === from && p.to === to ? `✓ ${p.text}` : p.text, hint: `${p.from} 至 ${p.to}` }))} onChoose={(key) => { const p = periods.find((c) => c.key === key)!; setFrom(p.from); setTo(p.to) }} />
        <View className='ledger__dates'>
          <View className='ledger__date'>
            <View className='admin__hint'>开始日期</View>
            <Input className='admin__input ledger__from' value={from} placeholder='2026-11-01' maxlength={10} onInput={(e) => setFrom(e.detail.value)} />
          </View>
          <View className='ledger__date'>
            <View className='admin__hint'>结束日期</View>
            <Input className='admin__input ledger__to' value={to} placeholder='2026-11-30' maxlength={10} onInput={(e) => setTo(e.detail.value)} />
          </View>
        </View>
      </View>

      {role === 'admin' && communities.length > 0 ? (
        <View className='section'>
          <View className='section__title'>范围</View>
          <ChoiceGrid columns={1} choices={[{ id: STREET, name: '全街道' }, ...communities].map((c) => ({ key: c.id, text: c.id === scope ? `✓ ${c.name}` : c.name }))} onChoose={setScope} />
        </View>
      ) : null}

      <View className='section'>
        <View className='section__title'>文件格式</View>
        <ChoiceGrid choices={FORMATS.map((f) => ({ key: f.key, text: f.key === format ? `✓ ${f.text}` : f.text }))} onChoose={(key) => setFormat(key as 'xlsx' | 'csv')} />
      </View>

      <View className='section'>
        <View className='section__title'>个人信息</View>
        {mayChooseFull ? (
          <View className='ledger__full'>
            <View className='ledger__full-text'>
              <View>显示完整姓名、电话和住址</View>
              <View className='admin__hint'>{full ? '已选择：本次导出会记入变动记录' : '不选时，姓名、电话、住址都隐去一部分（如 王**、139****0001）'}</View>
            </View>
            <Switch className='ledger__switch' checked={full} color='#c8161d' onChange={(e) => void chooseFull(e.detail.value)} />
          </View>
        ) : <View className='admin__hint'>督办组导出的台账隐去说事人的个人信息。</View>}
      </View>

      {error ? <View className='error-text'>{error}</View> : null}
      <BigButton text={busy ? '正在导出…' : '导出台账'} disabled={busy} onClick={() => void run()} />
      {done ? (
        <View className='admin__created ledger__done'>
          <View>{done.fileName}</View>
          <View className='admin__hint'>共 {done.rows} 件事项{done.masked ? '，个人信息已隐去' : '，含完整个人信息'}</View>
          <View className='admin__hint'>{done.note}</View>
        </View>
      ) : null}
    </View>
  )
}
