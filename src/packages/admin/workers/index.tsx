// 工作人员管理 (admins: the street; staff: their community): invite a worker — pick the role, then its place — and
// read out or share the code; see pending invites (撤回 withdraws one); list the workers with 撤销 for those the caller may revoke; and,
// for admins, 通讯录导入 (ImportSection); the latest 变动记录 (audit events).
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import BigButton from '@/components/BigButton'
import ChoiceGrid, { Chosen } from '@/components/ChoiceGrid'
import StatusMessage from '@/components/StatusMessage'
import { ensureSession } from '@/components/work/ensure-session'
import { formatShanghaiShort, shanghaiDate } from '@/services/time'
import { adminApi, inviteFormReady, type AuditView, type InviteChoices, type InviteForm, type InviteView, type WorkerView } from '../admin-api'
import { handOverHint, redeemLink } from '../redeem-link'
import ImportSection from './ImportSection'
import './index.scss'

export default function WorkersPage() {
  const [choices, setChoices] = useState<InviteChoices>()
  const [workers, setWorkers] = useState<WorkerView[]>([])
  const [invites, setInvites] = useState<InviteView[]>([])
  const [audit, setAudit] = useState<AuditView[]>([])
  const [error, setError] = useState<string>()
  const [form, setForm] = useState<InviteForm>({})
  const [created, setCreated] = useState<InviteView>()
  const [busy, setBusy] = useState(false)

  const load = async () => {
    const [c, w, i, a] = await Promise.all([adminApi.choices(), adminApi.workers(), adminApi.invites(), adminApi.audit()])
    if (!c.ok) return setError(c.message)
    setChoices(c.data)
    if (w.ok) setWorkers(w.data)
    if (i.ok) setInvites(i.data)
    if (a.ok) setAudit(a.data)
    setError(w.ok ? (i.ok ? undefined : i.message) : w.message)
  }
  useDidShow(() => void ensureSession().then(load))
  useShareAppMessage(() => (created ? { title: `邀请您成为说事${created.roleLabel}（${created.scopeLabel}）`, path: `/${created.path}` } : { title: '说事', path: '/pages/index/index' }))

  const send = async () => {
    if (busy || !inviteFormReady(form)) return
    setBusy(true)
    const answer = await adminApi.createInvite(form)
    setBusy(false)
    if (!answer.ok) return setError(answer.message)
    setCreated(answer.data)
    setForm({})
    void load()
  }

  const withdraw = async (invite: InviteView) => {
    const { confirm } = await Taro.showModal({ title: '撤回邀请', content: `撤回邀请码 ${invite.displayCode}（${invite.roleLabel}）？撤回后不能再领取。`, confirmText: '撤回' })
    if (!confirm) return
    const answer = await adminApi.withdraw(invite.code)
    if (!answer.ok) return setError(answer.message)
    if (created?.code === invite.code) setCreated(undefined)
    void load()
  }

  const revoke = async (worker: WorkerView) => {
    const { confirm } = await Taro.showModal({ title: '撤销身份', content: `撤销${worker.name}的“${worker.roleLabel}”身份？`, confirmText: '撤销' })
    if (!confirm) return
    const answer = await adminApi.revoke(worker.userId)
    if (!answer.ok) return setError(answer.message)
    void load()
  }

  if (!choices) return <View className='page admin'><StatusMessage loading={!error} error={error} onRetry={() => void load()} /></View>
  const role = choices.roles.find((r) => r.role === form.role)
  const community = choices.communities.find((c) => c.id === form.communityId)
  const needsCommunity = form.role === 'gridWorker' || form.role === 'staff' || form.role === 'supervisor'
  return (
    <View className='page admin'>
      <View className='page__title'>工作人员管理</View>
      {error ? <View className='error-text'>{error}</View> : null}

      <View className='section'>
        <View className='section__title'>邀请工作人员</View>
        {role ? <Chosen text={role.label} change='换身份' onChange={() => setForm({})} /> : (
          <ChoiceGrid choices={choices.roles.map((r) => ({ key: r.role, text: r.label }))} onChoose={(key) => { setCreated(undefined); setForm({ role: key as InviteForm['role'] }) }} />
        )}
        {needsCommunity ? (community ? <Chosen text={community.name} change='换社区' onChange={() => setForm({ role: form.role })} /> : (
          <ChoiceGrid columns={1} choices={choices.communities.map((c) => ({ key: c.id, text: c.name }))} onChoose={(communityId) => setForm({ role: form.role, communityId })} />
        )) : null}
        {form.role === 'gridWorker' && community ? (
          <ChoiceGrid columns={1} choices={community.grids.map((g) => ({ key: g.id, text: g.id === form.gridId ? `✓ ${g.name}` : g.name }))} onChoose={(gridId) => setForm({ ...form, gridId })} />
        ) : null}
        {form.role === 'handler' ? (
          <ChoiceGrid columns={1} choices={choices.units.map((u) => ({ key: u.id, text: u.id === form.unitId ? `✓ ${u.name}` : u.name }))} onChoose={(unitId) => setForm({ ...form, unitId })} />
        ) : null}
        {form.role ? <BigButton text={busy ? '正在生成…' : '生成邀请码'} disabled={!inviteFormReady(form) || busy} onClick={() => void send()} /> : null}
        {created ? (
          <View className='admin__created'>
            <View className='admin__code'>{created.displayCode}</View>
            <View>{created.roleLabel} · {created.scopeLabel}</View>
            <View className='admin__hint'>{handOverHint()}</View>
            <View className='admin__link'>{redeemLink(created)}</View>
          </View>
        ) : null}
      </View>

      {choices.roles.some((r) => r.role === 'admin') ? <ImportSection onImported={() => void load()} /> : null}

      <View className='section'>
        <View className='section__title'>待领取的邀请</View>
        {invites.filter((i) => i.state === 'pending').map((i) => (
          <View key={i.code} className='admin__row admin__worker'>
            <View className='admin__who'>
              <View>{i.displayCode}　{i.roleLabel} · {i.scopeLabel}</View>
              <View className='admin__hint'>{i.forName ? `给${i.forName}，` : ''}{i.createdBy.name}发出，{shanghaiDate(i.expiresAt)}前有效</View>
            </View>
            <View className='admin__revoke' hoverClass='admin__revoke--pressed' onClick={() => void withdraw(i)}>撤回</View>
          </View>
        ))}
        {invites.every((i) => i.state !== 'pending') ? <View className='admin__hint'>没有待领取的邀请</View> : null}
      </View>

      <View className='section'>
        <View className='section__title'>工作人员</View>
        {workers.map((w) => (
          <View key={w.userId} className='admin__row admin__worker'>
            <View className='admin__who'>
              <View>{w.name}　{w.roleLabel}</View>
              <View className='admin__hint'>{w.scopeLabel}{w.phone ? `　${w.phone}` : ''}</View>
            </View>
            {w.revocable ? <View className='admin__revoke' hoverClass='admin__revoke--pressed' onClick={() => void revoke(w)}>撤销</View> : null}
          </View>
        ))}
      </View>

      <View className='section'>
        <View className='section__title'>变动记录</View>
        {audit.map((e) => (
          <View key={e.id} className='admin__row'>
            <View>{e.actor.name} {e.actionLabel}{e.subject ? `：${e.subject.name}` : ''}</View>
            <View className='admin__hint'>{formatShanghaiShort(e.at)}{typeof e.data.scopeLabel === 'string' ? `　${e.data.scopeLabel}` : ''}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
