// 住户登记 (WeChat, first use): the server does not know this OPENID yet. Pick 社区 → 楼栋 → 门牌 (or 找不到我家),
// give a name and, if they like, a phone number; then the session is refreshed and the app starts again at home.
// Large type, few words, one step at a time; the form keeps what was typed when sending fails.
// Consent: nothing is sent before the user ticks 我已阅读并同意《用户隐私保护指引》 (the guide opens with
// openPrivacyContract on WeChat, as text on this page in a browser). WeChat's own privacy question, asked before
// getPhoneNumber runs, is answered from this page's dialog (onNeedPrivacyAuthorization). The phone can come from
// WeChat (verified on the server) or be typed (kept as unverified).
import Taro from '@tarojs/taro'
import { Button, Input, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import BigButton from '@/components/BigButton'
import ChoiceGrid, { Chosen } from '@/components/ChoiceGrid'
import StatusMessage from '@/components/StatusMessage'
import { ROUTES } from '@/services/routes'
import { useShuoshiStore } from '@/stores'
import { NAME_MAX } from '@/stores/registration-slice'
import { AGREE_BUTTON_ID, privacyApi, type PrivacyAnswer } from '@/services/privacy'
import PrivacyGuide from './PrivacyGuide'
import './index.scss'

/** Where the user lives, as far as they could say: no building chosen yet, a building, or 找不到我家. */
interface Place {
  communityId?: string
  buildingId?: string
  householdId?: string
  /** Tapped 找不到我家: registered without a 门牌. */
  skipped: boolean
}

const NO_PLACE: Place = { skipped: false }

export default function RegisterPage() {
  const communities = useShuoshiStore((state) => state.communities)
  const communitiesStatus = useShuoshiStore((state) => state.communitiesStatus)
  const communitiesError = useShuoshiStore((state) => state.communitiesError)
  const registering = useShuoshiStore((state) => state.registering)
  const error = useShuoshiStore((state) => state.registerError)
  const loadCommunities = useShuoshiStore((state) => state.loadCommunities)
  const register = useShuoshiStore((state) => state.register)
  const clearError = useShuoshiStore((state) => state.clearRegisterError)

  const [place, setPlace] = useState<Place>(NO_PLACE)
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [phoneCode, setPhoneCode] = useState<string | undefined>()
  const [phoneNote, setPhoneNote] = useState<string | undefined>()
  const [consent, setConsent] = useState(false)
  const [showGuide, setShowGuide] = useState(false)
  /** WeChat is asking for privacy authorization: answer it from the dialog. */
  const [asking, setAsking] = useState<{ answer: PrivacyAnswer } | undefined>()

  useEffect(() => privacyApi.onNeedAuthorization((answer) => setAsking({ answer })), [])

  useEffect(() => {
    clearError()
    void loadCommunities()
  }, [clearError, loadCommunities])

  // Only one community to choose from: it is chosen already.
  useEffect(() => {
    if (communities.length === 1 && !place.communityId) setPlace({ ...NO_PLACE, communityId: communities[0].id })
  }, [communities, place.communityId])

  const community = communities.find((entry) => entry.id === place.communityId)
  const building = community?.buildings.find((entry) => entry.id === place.buildingId)
  const household = building?.households.find((entry) => entry.id === place.householdId)
  const placeSettled = Boolean(community) && (Boolean(household) || place.skipped)

  const choosePlace = (next: Place) => {
    clearError()
    setPlace(next)
  }

  const openGuide = async () => {
    // WeChat shows the guide declared in 微信公众平台; elsewhere (or if that fails) this page shows its text.
    if (!(await privacyApi.openContract())) setShowGuide(true)
  }

  const answerWeChat = (agreed: boolean) => {
    asking?.answer(agreed)
    setAsking(undefined)
    if (agreed) setConsent(true)
  }

  const send = async () => {
    const registered = await register({ communityId: place.communityId, householdId: household?.id, name, phone, phoneCode, privacyConsent: consent })
    if (registered) void Taro.reLaunch({ url: ROUTES.home })
  }

  const header = (
    <>
      <View className='page__title'>住户登记</View>
      <View className='register__why'>为了把您说的事转给对的人，请告诉我们您住在哪里</View>
    </>
  )

  if (communitiesStatus !== 'loaded') {
    return (
      <View className='page register'>
        {header}
        <StatusMessage loading={communitiesStatus !== 'failed'} error={communitiesError} onRetry={() => void loadCommunities()} />
      </View>
    )
  }

  return (
    <View className='page register'>
      {header}
      {communities.length === 0 ? <StatusMessage empty='暂时还不能登记，请到社区说事厅找工作人员' /> : null}

      {communities.length > 0 ? (
        <View className='section'>
          <View className='section__title'>您住哪个社区？</View>
          {community ? (
            <Chosen text={community.name} change={communities.length > 1 ? '换社区' : undefined} onChange={() => choosePlace(NO_PLACE)} />
          ) : (
            <ChoiceGrid
              columns={1}
              choices={communities.map((entry) => ({ key: entry.id, text: entry.name, hint: entry.streetName }))}
              onChoose={(communityId) => choosePlace({ ...NO_PLACE, communityId })}
            />
          )}
        </View>
      ) : null}

      {community ? (
        <View className='section'>
          <View className='section__title'>住哪一栋？</View>
          {building ? (
            <Chosen text={building.name} change='换楼栋' onChange={() => choosePlace({ ...NO_PLACE, communityId: community.id })} />
          ) : place.skipped ? (
            <Chosen text='不填门牌' change='重新选' onChange={() => choosePlace({ ...NO_PLACE, communityId: community.id })} />
          ) : (
            <>
              <ChoiceGrid
                choices={community.buildings.map((entry) => ({ key: entry.id, text: entry.name }))}
                onChoose={(buildingId) => choosePlace({ ...NO_PLACE, communityId: community.id, buildingId })}
              />
              <BigButton kind='plain' text='找不到我家' onClick={() => choosePlace({ ...NO_PLACE, communityId: community.id, skipped: true })} />
            </>
          )}
        </View>
      ) : null}

      {community && building ? (
        <View className='section'>
          <View className='section__title'>门牌号？</View>
          {household ? (
            <Chosen text={household.room} change='换门牌' onChange={() => choosePlace({ ...place, householdId: undefined, skipped: false })} />
          ) : place.skipped ? (
            <Chosen text='不填门牌' change='重新选' onChange={() => choosePlace({ ...place, skipped: false })} />
          ) : (
            <>
              <ChoiceGrid
                choices={building.households.map((entry) => ({ key: entry.id, text: entry.room }))}
                onChoose={(householdId) => choosePlace({ ...place, householdId, skipped: false })}
              />
              <BigButton kind='plain' text='找不到我家' onClick={() => choosePlace({ ...place, householdId: undefined, skipped: true })} />
            </>
          )}
        </View>
      ) : null}

      {placeSettled ? (
        <View className='section'>
          <View className='register__label'>您的姓名</View>
          <Input
            className='register__input'
            value={name}
            maxlength={NAME_MAX}
            placeholder='比如：王秀英'
            placeholderClass='register__placeholder'
            onInput={(event) => {
              clearError()
              setName(event.detail.value)
            }}
          />
          <View className='register__label'>
            手机号码<View className='register__optional'>（可以不填）</View>
          </View>
          {privacyApi.canVerifyPhone ? (
            phoneCode ? (
              <Chosen text='用微信绑定的手机号' change='改为自己填' onChange={() => setPhoneCode(undefined)} />
            ) : (
              <Button
                className='register__wechat-phone'
                openType='getPhoneNumber'
                onGetPhoneNumber={(event) => {
                  clearError()
                  const code = (event.detail as { code?: string }).code
                  if (code) {
                    setPhoneCode(code)
                    setPhoneNote(undefined)
                  } else setPhoneNote('没有取到微信手机号，可以在下面直接填写')
                }}
              >
                用微信手机号（免输入）
              </Button>
            )
          ) : null}
          {phoneNote ? <View className='register__note'>{phoneNote}</View> : null}
          {phoneCode ? null : <Input
            className='register__input'
            type='number'
            value={phone}
            maxlength={11}
            placeholder='11位手机号码'
            placeholderClass='register__placeholder'
            onInput={(event) => {
              clearError()
              setPhone(event.detail.value)
            }}
          />}
        </View>
      ) : null}

      <View className='register__privacy'>您的姓名、电话和门牌只给办理您事项的工作人员看，公示时会隐去</View>

      {placeSettled ? (
        <View className='register__consent'>
          <View
            className={`register__tick${consent ? ' register__tick--on' : ''}`}
            onClick={() => {
              clearError()
              setConsent(!consent)
            }}
          >
            {consent ? '☑' : '☐'} 我已阅读并同意《用户隐私保护指引》
          </View>
          <View className='register__link' onClick={() => void openGuide()}>
            查看《用户隐私保护指引》
          </View>
          {showGuide ? <PrivacyGuide onClose={() => setShowGuide(false)} /> : null}
        </View>
      ) : null}

      {placeSettled ? (
        <>
          {error ? <View className='error-text'>{error}</View> : null}
          <BigButton text={registering ? '正在登记…' : '同意并登记'} disabled={registering} onClick={() => void send()} />
        </>
      ) : null}

      {asking ? (
        <View className='register__dialog'>
          <View className='register__dialog-box'>
            <View className='register__dialog-title'>用户隐私保护提示</View>
            <View className='register__dialog-text'>
              为了登记住户和办理您说的事，我们会使用您的手机号码等信息。请阅读《用户隐私保护指引》，同意后继续。
            </View>
            <View className='register__link' onClick={() => void openGuide()}>
              查看《用户隐私保护指引》
            </View>
            <Button id={AGREE_BUTTON_ID} className='register__agree' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={() => answerWeChat(true)}>
              同意并继续
            </Button>
            <View className='register__disagree' onClick={() => answerWeChat(false)}>
              不同意
            </View>
          </View>
        </View>
      ) : null}
    </View>
  )
}
