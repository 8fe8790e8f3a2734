// Cloud function `supervision`: a thin entry. Payload: { action, payload }; caller: getWXContext().OPENID. See README.md.
import cloud from 'wx-server-sdk'
import { createMain, timerTriggerName } from '../../runtime/wechat-main'
import { supervisionActions } from './actions'
import { TIMER_ACTIONS } from '../../runtime/registry'
import config from './config.json'

export const main = createMain(cloud as never, supervisionActions, {
  timer: { action: TIMER_ACTIONS.supervision!, triggerName: timerTriggerName(config)! },
})
