// The actions the server allows this caller now (allowedActions), each opening its one form from the registry.
import { View } from '@tarojs/components'
import type { CaseView } from '@core/contracts/views'
import type { CaseEvent } from '@core/domain/case'
import { ACTION_LABELS } from '@core/domain/transitions'
import type { ChangeAction } from '@core/contracts/case-inputs'
import { ACTION_FORMS, actionsWithForms } from '@/components/actions/registry'
import { useShuoshiStore } from '@/stores'

export default function ActionBar({ item, timeline }: { item: CaseView; timeline: CaseEvent[] }) {
  const form = useShuoshiStore((state) => (state.actionForm?.caseId === item.id ? state.actionForm : undefined))
  const done = useShuoshiStore((state) => (state.actionDone?.caseId === item.id ? state.actionDone.message : undefined))
  const community = useShuoshiStore((state) => state.community)
  const openActionForm = useShuoshiStore((state) => state.openActionForm)
  const actions = actionsWithForms(item.allowedActions)
  const open = (action: ChangeAction) => openActionForm(item.id, action, ACTION_FORMS[action]?.prefill?.(item, { community, now: new Date() }))
  const Form = form ? ACTION_FORMS[form.action]?.Form : undefined
  if (actions.length === 0 && !done) return null
  return (
    <View className='action-bar'>
      {done ? <View className='case__notice'>{done}</View> : null}
      {actions.length > 0 ? <View className='action-bar__title'>您可以</View> : null}
      <View className='action-bar__buttons'>
        {actions.map((action) => (
          <View
            key={action}
            className={`action-bar__button${ACTION_FORMS[action]!.secondary ? ' action-bar__button--secondary' : ''}${form?.action === action ? ' action-bar__button--open' : ''}`}
            hoverClass='action-bar__button--pressed'
            onClick={() => open(action as ChangeAction)}
          >
            {ACTION_LABELS[action]}
          </View>
        ))}
      </View>
      {Form ? <Form item={item} timeline={timeline} /> : null}
    </View>
  )
}
