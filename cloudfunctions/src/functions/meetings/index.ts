// Cloud function `meetings`: a thin entry. Payload: { action, payload }; caller: getWXContext().OPENID. See README.md.
// Its hourly timer (config.json) runs sweepMeetings: 逢五说事 planning and the meeting reminders.
import cloud from 'wx-server-sdk'
import { createMain, timerTriggerName } from '../../runtime/wechat-main'
import { meetingsActions } from './actions'
import { TIMER_ACTIONS } from '../../runtime/registry'
import config from './config.json'

export const main = createMain(cloud as never, meetingsActions, {
  timer: { action: TIMER_ACTIONS.meetings!, triggerName: timerTriggerName(config)! },
})
