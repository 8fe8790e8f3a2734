// The ONE place for WeChat identifiers. Replace both before opening the project in WeChat DevTools
// with a real mini-program (project.config.json's "appid" must be changed to the same WECHAT_APPID).
//   WECHAT_APPID: 微信公众平台 → 开发管理 → 开发设置 → AppID(小程序ID)
//   CLOUD_ENV_ID: 微信开发者工具 → 云开发 → 设置 → 环境 ID
// 'touristappid' lets DevTools open the project without an account, but cloud functions need a real appid + env.

export const WECHAT_APPID = 'touristappid'
export const CLOUD_ENV_ID = 'shuoshi-dev'
