/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'
declare module '*.sass'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform Taro is building for. */
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID: string
  }
}

/** From config/wechat.ts through `defineConstants`. */
declare const CLOUD_ENV_ID: string
declare const WECHAT_APPID: string
/** The WechatSI plugin is declared in app.config (weapp builds with config/wechat.ts WECHATSI.enabled), at this version. */
declare const WECHATSI_ENABLED: boolean
declare const WECHATSI_VERSION: string
declare const WECHATSI_PROVIDER: string

/** The mini-program's plugin loader (throws for a plugin app.config does not declare). */
declare function requirePlugin(name: string): unknown

/**
 * The mini-program global. App code goes through `@tarojs/taro` (and only `src/services/cloud-api.*` through
 * `Taro.cloud`); this loose declaration is for the weapp test harness and the rare native-only call.
 * (miniprogram-api-typings is not referenced: it redeclares `require`, `module` and `console` and clashes with @types/node.)
 */
declare const wx: {
  cloud?: { init(options: { env: string; traceUser?: boolean }): void; [name: string]: unknown }
  [name: string]: any
}
