// Local mode only (H5 build): pick a demo persona, then go home; or, with an invite code, go and redeem it.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import BigButton from '@/components/BigButton'
import StatusMessage from '@/components/StatusMessage'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import './index.scss'

export default function SignInPage() {
  const personas = useShuoshiStore((state) => state.personas)
  const error = useShuoshiStore((state) => state.personasError)
  const loadPersonas = useShuoshiStore((state) => state.loadPersonas)
  const signIn = useShuoshiStore((state) => state.signIn)
  const [busy, setBusy] = useState<string>()

  useEffect(() => {
    void loadPersonas()
  }, [loadPersonas])

  const choose = async (personaId: string) => {
    if (busy) return
    setBusy(personaId)
    const signedIn = await signIn(personaId)
    setBusy(undefined)
    if (signedIn) void Taro.reLaunch({ url: ROUTES.home })
  }

  return (
    <View className='page sign-in'>
      <View className='page__title'>您是谁？</View>
      <View className='sign-in__hint'>本地演示：点一个身份进入</View>
      {error ? <View className='error-text'>{error}</View> : null}
      {personas.length === 0 && !error ? <StatusMessage loading /> : null}
      {personas.map((persona) => (
        <View key={persona.id} className='sign-in__persona' hoverClass='sign-in__persona--pressed' onClick={() => void choose(persona.id)}>
          <View className='sign-in__name'>
            <View>{persona.name}</View>
            <View className='sign-in__role'>{persona.roleLabel}</View>
          </View>
          <View className='sign-in__description'>{busy === persona.id ? '正在进入…' : persona.description}</View>
        </View>
      ))}
      <BigButton kind='plain' text='我有工作人员邀请码' onClick={() => void Taro.navigateTo({ url: ROUTES.redeemInvite() })} />
    </View>
  )
}
