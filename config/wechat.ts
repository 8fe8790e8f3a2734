// The ONE place for WeChat identifiers. Replace both before opening the project in WeChat DevTools
// with a real mini-program (project.config.json's "appid" must be changed to the same WECHAT_APPID).
//   WECHAT_APPID: 微信公众平台 → 开发管理 → 开发设置 → AppID(小程序ID)
//   CLOUD_ENV_ID: 微信开发者工具 → 云开发 → 设置 → 环境 ID
// 'touristappid' lets DevTools open the project without an account, but cloud functions need a real appid + env.

export const WECHAT_APPID = 'touristappid'
export const CLOUD_ENV_ID = 'shuoshi-dev'

// 微信同声传译 (WechatSI): speech to text for voice reports on the phone. Off by default. To turn it on:
//   1. 微信公众平台 → 设置 → 第三方设置 → 插件管理 → 添加插件 → 微信同声传译 (AppID wx069ba97219f66d99);
//   2. set `enabled: true` here (or build with SHUOSHI_WECHATSI=1) and rebuild: app.config declares the plugin only then.
// Without it (or when the plugin fails) the recording is kept as it is and staff type its gist (语音待转写).
export const WECHATSI = {
  enabled: process.env.SHUOSHI_WECHATSI === '1' || false,
  provider: 'wx069ba97219f66d99',
  version: '0.3.6',
} as const
