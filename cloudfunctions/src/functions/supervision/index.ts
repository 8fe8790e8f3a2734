// Cloud function `supervision`: a thin entry. Payload: { action, payload }; caller: getWXContext().OPENID. See README.md.
import cloud from 'wx-server-sdk'
import { createMain } from '../../runtime/wechat-main'
import { supervisionActions } from './actions'
import { TIMER_ACTIONS } from '../../runtime/registry'

export const main = createMain(cloud as never, supervisionActions, { timerAction: TIMER_ACTIONS.supervision })
