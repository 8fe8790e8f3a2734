// The intake form: channel (staff), household, petitioner, voice / photos / text, 匿名公示, the consent tick (grid
// workers) and 提交. Every wrong field says so underneath; nothing is queued while one is wrong.
import { Textarea, View } from '@tarojs/components'
import { LIMITS } from '@core/contracts/functions'
import BigButton from '@/components/BigButton'
import ChoiceGrid, { Chosen } from '@/components/ChoiceGrid'
import VoiceRecorder from '@/components/VoiceRecorder'
import { mediaApi } from '@/services/media'
import type { Recording } from '@/services/media-types'
import { useShuoshiStore } from '@/stores'
import { CONSENT_TEXT, INTAKE_MESSAGES } from '../model/check-intake'
import { STAFF_CHANNELS, type IntakeDirectory, type IntakeWho } from '../model/types'
import HouseholdPicker from './HouseholdPicker'
import IntakeFiles from './IntakeFiles'
import Segments from './Segments'
import TextField from './TextField'
import TickBox from './TickBox'
import './IntakeForm.scss'

interface Props {
  who: IntakeWho
  directory?: IntakeDirectory
  online: boolean
  onFinished: () => void
}

export default function IntakeForm({ who, directory, online, onFinished }: Props) {
  const form = useShuoshiStore((state) => state.intakeForm)
  const errors = useShuoshiStore((state) => state.intakeErrors)
  const saving = useShuoshiStore((state) => state.intakeSaving)
  const update = useShuoshiStore((state) => state.updateIntakeForm)
  const chooseHousehold = useShuoshiStore((state) => state.chooseIntakeHousehold)
  const addFiles = useShuoshiStore((state) => state.addIntakeFiles)
  const removeFile = useShuoshiStore((state) => state.removeIntakeFile)
  const setError = useShuoshiStore((state) => state.setIntakeError)
  const finish = useShuoshiStore((state) => state.finishIntake)

  const gridWorker = who.role === 'gridWorker'
  const buildings = directory?.buildings ?? []
  const room = LIMITS.attachments - form.files.length
  const count = Array.from(form.text).length
  const chosenCommunity = directory?.communities.find((entry) => entry.id === form.communityId)

  const recorded = (recording: Recording) => {
    addFiles([{ kind: 'audio', filePath: recording.filePath, name: recording.name, contentType: recording.contentType, durationMs: recording.durationMs }])
  }

  const pickPhotos = () => {
    if (room <= 0) return setError('files', INTAKE_MESSAGES.tooManyFiles)
    // Inside the tap: a browser opens its file picker only from a user gesture.
    void mediaApi.choosePhotos(room).then((answer) => {
      if (answer.ok) addFiles(answer.files.map((file) => ({ kind: 'image' as const, filePath: file.filePath, name: file.name, contentType: file.contentType })))
      else if (answer.message) setError('files', answer.message)
    })
  }

  const submit = async () => {
    if (await finish()) onFinished()
  }

  return (
    <View className='intake-form'>
      {gridWorker ? null : (
        <View className='intake-form__section'>
          <View className='intake-form__title'>怎么来说的事</View>
          <Segments options={STAFF_CHANNELS.map((entry) => ({ key: entry.channel, label: entry.label }))} chosen={form.channel} onChoose={(key) => update({ channel: key as typeof form.channel })} />
          {errors.channel ? <View className='intake-error'>{errors.channel}</View> : null}
        </View>
      )}

      {!who.communityId ? (
        <View className='intake-form__section'>
          <View className='intake-form__title'>哪个社区</View>
          {chosenCommunity ? (
            <Chosen text={chosenCommunity.name} change='换社区' onChange={() => update({ communityId: undefined })} />
          ) : (
            <ChoiceGrid columns={1} choices={(directory?.communities ?? []).map((entry) => ({ key: entry.id, text: entry.name }))} onChoose={(key) => update({ communityId: key })} />
          )}
          {errors.community ? <View className='intake-error'>{errors.community}</View> : null}
        </View>
      ) : null}

      {buildings.length > 0 ? (
        <View className='intake-form__section'>
          <View className='intake-form__title'>{gridWorker ? '走访哪一户' : '从住户名单选（可不选）'}</View>
          <HouseholdPicker buildings={buildings} buildingId={form.buildingId} householdId={form.householdId} onChoose={chooseHousehold} />
        </View>
      ) : gridWorker ? (
        <View className='intake__note'>暂时没有住户名单，请直接填写说事人和门牌</View>
      ) : null}

      <View className='intake-form__section'>
        <View className='intake-form__title'>说事人</View>
        <TextField label='姓名' note='必填' value={form.name} placeholder='说事居民的姓名' error={errors.name} onInput={(value) => update({ name: value })} />
        <TextField label='电话' note='11位，可不填' type='number' value={form.phone} placeholder='手机号码' error={errors.phone} onInput={(value) => update({ phone: value })} />
        <TextField label='门牌' note='可不填' value={form.room} placeholder='比如：1栋1单元101' error={errors.room} onInput={(value) => update({ room: value })} />
      </View>

      <View className='intake-form__section'>
        <View className='intake-form__title'>说的什么事</View>
        <VoiceRecorder disabled={saving || room <= 0} onRecorded={recorded} onProblem={(message) => setError('files', message)} />
        <BigButton kind='secondary' text='拍照 / 选照片' hint={`照片和录音最多${LIMITS.attachments}个`} disabled={saving} onClick={pickPhotos} />
        <IntakeFiles files={form.files} disabled={saving} onRemove={removeFile} />
        {errors.files ? <View className='intake-error'>{errors.files}</View> : null}
        <Textarea
          className={`intake-form__text${errors.text ? ' intake-form__text--wrong' : ''}`}
          value={form.text}
          maxlength={LIMITS.caseText * 2}
          placeholder='居民说的事：什么事、在哪里、多久了'
          placeholderClass='intake-form__placeholder'
          onInput={(event) => update({ text: event.detail.value })}
        />
        <View className={`intake-form__count${count > LIMITS.caseText ? ' intake-form__count--over' : ''}`}>
          {count}/{LIMITS.caseText}字
        </View>
        {errors.text ? <View className='intake-error'>{errors.text}</View> : null}
      </View>

      <TickBox checked={form.anonymous} text='公示栏上不显示说事人姓名（匿名公示）' onChange={(anonymous) => update({ anonymous })} />
      {gridWorker ? <TickBox checked={form.consent} text={CONSENT_TEXT} error={errors.consent} onChange={(consent) => update({ consent })} /> : null}

      {errors.form ? <View className='error-text'>{errors.form}</View> : null}
      <BigButton
        text={saving ? '正在保存…' : '提交'}
        hint={online ? undefined : '现在没有网络：先存在手机上，来网后自动发送'}
        disabled={saving}
        onClick={() => void submit()}
      />
    </View>
  )
}
