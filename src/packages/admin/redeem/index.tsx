// 领取邀请: opened from a shared invite (page query `code`), a QR code (`scene` = the code) or by typing the code.
// Someone already known (a resident) takes it under their own name; a newcomer gives their name. Locally a browser
// without a session first becomes a new visitor (the local server's stand-in for a WeChat user opening the app).
import Taro, { useRouter } from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import BigButton from '@/components/BigButton'
import { ROUTES } from '@/services/routes'
import { sessionApi } from '@/services/session'
import { useShuoshiStore } from '@/stores'
import { adminApi, type Redeemed } from '../admin-api'
import '../workers/index.scss'

function codeFrom(params: Record<string, string | undefined>): string {
  return decodeURIComponent(params.code ?? params.scene ?? '')
}

export default function RedeemPage() {
  const router = useRouter()
  const [code, setCode] = useState(codeFrom(router.params))
  const [name, setName] = useState('')
  const [known, setKnown] = useState<string>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Redeemed>()
  const loadSession = useShuoshiStore((state) => state.loadSession)

  useEffect(() => {
    void adminApi.whoami().then((answer) => setKnown(answer.ok ? answer.data.user.name : undefined))
  }, [])

  const redeem = async () => {
    if (busy) return
    if (!code.trim()) return setError('请输入邀请码')
    if (!known && !name.trim()) return setError('请填写您的姓名')
    setBusy(true)
    setError(undefined)
    const input = { code: code.trim(), ...(known ? {} : { name: name.trim() }) }
    let answer = await adminApi.redeem(input)
    if (!answer.ok && answer.code === 'UNAUTHENTICATED' && sessionApi.startVisitor) {
      const visitor = await sessionApi.startVisitor()
      answer = visitor.ok ? await adminApi.redeem(input) : visitor
    }
    setBusy(false)
    if (!answer.ok) return setError(answer.message)
    setDone(answer.data)
    await loadSession()
  }

  if (done) {
    return (
      <View className='page admin'>
        <View className='page__title'>领取成功</View>
        <View className='admin__created'>
          <View>{done.name}，您已成为</View>
          <View className='admin__code'>{done.roleLabel}</View>
          <View>{done.scopeLabel}</View>
        </View>
        <BigButton text='进入首页' onClick={() => void Taro.reLaunch({ url: ROUTES.home })} />
      </View>
    )
  }
  return (
    <View className='page admin'>
      <View className='page__title'>领取邀请</View>
      <View className='admin__hint'>工作人员的账号由街道或社区邀请开通。请输入收到的邀请码。</View>
      <View className='section'>
        <View className='section__title'>邀请码</View>
        <Input className='admin__input' value={code} placeholder='如 3F9A-1C0B-7E42' maxlength={20} onInput={(e) => setCode(e.detail.value)} />
      </View>
      {known ? (
        <View className='admin__hint'>将以“{known}”的身份领取</View>
      ) : (
        <View className='section'>
          <View className='section__title'>您的姓名</View>
          <Input className='admin__input' value={name} placeholder='请填写真实姓名' maxlength={20} onInput={(e) => setName(e.detail.value)} />
        </View>
      )}
      {error ? <View className='error-text'>{error}</View> : null}
      <BigButton text={busy ? '正在领取…' : '领取'} disabled={busy} onClick={() => void redeem()} />
    </View>
  )
}
