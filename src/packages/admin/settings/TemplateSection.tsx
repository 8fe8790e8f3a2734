// The subscription template ids of each environment with ✓ (a real id) or ✗ (a placeholder), read-only, and why;
// the list of ids folds away behind one button.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { SettingsAnswer, TemplateEnvironmentName } from '../settings-api'

const ENVIRONMENTS: Array<[TemplateEnvironmentName, string]> = [['develop', '开发版'], ['trial', '体验版'], ['release', '正式版']]

export default function TemplateSection({ templates }: { templates: NonNullable<SettingsAnswer['templates']> }) {
  const [open, setOpen] = useState(false)
  const missing = ENVIRONMENTS.map(([env, label]) => [label, templates.rows.filter((r) => !r.ids[env].ready).length] as const)
  return (
    <View className='section settings__templates'>
      <View className='section__title'>订阅消息模板</View>
      <View className='admin__hint'>当前环境：{templates.current}。{missing.map(([label, n]) => `${label}${n === 0 ? '已配齐' : `缺${n}个`}`).join('，')}。</View>
      <View className='admin__hint'>{templates.why}</View>
      <View className='admin__revoke settings__toggle' onClick={() => setOpen(!open)}>{open ? '收起模板编号' : `查看${templates.rows.length}个模板编号`}</View>
      {open && templates.rows.map((row) => (
        <View key={row.kind} className='admin__row settings__template'>
          <View>{row.title}</View>
          <View className='admin__hint'>
            {ENVIRONMENTS.map(([env, label]) => `${label} ${row.ids[env].ready ? '✓' : '✗'} ${row.ids[env].id}`).join('　')}
          </View>
        </View>
      ))}
    </View>
  )
}
