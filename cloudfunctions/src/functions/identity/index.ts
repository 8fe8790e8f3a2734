// Cloud function `identity`: a thin entry. Payload: { action, payload }; caller: getWXContext().OPENID. See README.md.
import cloud from 'wx-server-sdk'
import { createMain } from '../../runtime/wechat-main'
import { identityActions } from './actions'

export const main = createMain(cloud as never, identityActions)
