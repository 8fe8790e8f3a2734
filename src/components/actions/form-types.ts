// What every action form receives, and what the registry knows of each form.
import type { ComponentType } from 'react'
import type { CaseView } from '@core/contracts/views'
import type { CaseEvent } from '@core/domain/case'
import type { Community } from '@core/domain/directory'
import type { FormValues } from '@/stores/workbench-slice'

export interface ActionFormProps {
  item: CaseView
  timeline: CaseEvent[]
}

export interface PrefillContext {
  community?: Community
  /** Now, on the phone's clock. */
  now: Date
}

export interface ActionFormEntry {
  Form: ComponentType<ActionFormProps>
  /** What the form starts with, so the usual answer is one tap. */
  prefill?: (item: CaseView, context: PrefillContext) => FormValues
  /** A less prominent button (合并, 转交, 退回 …). */
  secondary?: boolean
}
