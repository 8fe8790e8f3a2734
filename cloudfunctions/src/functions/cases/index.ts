// Cloud function `cases`: a thin entry. Payload: { action, payload }; caller: getWXContext().OPENID. See README.md.
import cloud from 'wx-server-sdk'
import { createMain, timerTriggerName } from '../../runtime/wechat-main'
import { casesActions } from './actions'
import { loadClassifier } from '../../classifier'
import config from './config.json'

// Every new case is classified here: the model ships inside this function's bundle.
export const main = createMain(cloud as never, casesActions, {
  classifier: loadClassifier(),
  timer: { action: 'cleanupUploads', triggerName: timerTriggerName(config)! },
  mediaChecks: true,
})
