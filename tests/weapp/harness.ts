// Drives the BUILT mini-program (dist/weapp) in jsdom with miniprogram-simulate: stubbed wx APIs, shimmed App/Page.
// Taro's output is real WXML + JS, so this runs the same code WeChat would, minus the native renderer.
import fs from 'node:fs'
import path from 'node:path'

export const WEAPP_ROOT = path.resolve(__dirname, '../..', process.env.SHUOSHI_DIST ?? 'dist', 'weapp')

type Answer = { ok: true; data: unknown } | { ok: false; code: string; message: string }
export type FunctionAnswerer = (name: string, action: string, payload: unknown) => Answer | Promise<Answer>

export interface Harness {
  simulate: any
  wx: any
  /** Replace how the stubbed cloud functions answer. */
  answerWith(answerer: FunctionAnswerer): void
  /** Load, render and attach a page, e.g. 'pages/index/index'. */
  openPage(pagePath: string, query?: Record<string, string>): any
  /**
   * How the user answers the subscription dialog (call options.success / options.fail). wx.requestSubscribeMessage
   * itself enforces WeChat's rule: called outside the synchronous handling of a tap, it fails with
   * "can only be invoked by user TAP gesture" and this answerer is not asked.
   */
  answerSubscribeWith(answerer: (options: any) => void): void
  /** For each wx.requestSubscribeMessage call so far: was it made while a tap was being handled? */
  subscribeGestures: boolean[]
  /** The one RecorderManager wx.getRecorderManager() hands out (a stand-in: it records nothing). */
  recorder: FakeRecorder
  /** Every InnerAudioContext made so far. */
  audioContexts: FakeAudioContext[]
}

/** wx.getRecorderManager()'s stand-in: start() fires onStart (or onError with `failStartWith`), stop() fires onStop with `result`. */
export interface FakeRecorder {
  start: jest.Mock
  stop: jest.Mock
  /** What onStop reports. */
  result: { tempFilePath: string; duration: number; fileSize: number }
  /** When set, start() fails with this error (e.g. the user refused the microphone). */
  failStartWith?: { errMsg: string; errCode?: number }
}

export interface FakeAudioContext {
  src: string
  play: jest.Mock
  stop: jest.Mock
  destroy: jest.Mock
  /** Finishes playing (fires onEnded). */
  end(): void
}

function fakeRecorder(): FakeRecorder {
  const listeners: Record<string, ((value?: any) => void) | undefined> = {}
  const recorder: any = {
    result: { tempFilePath: 'http://tmp/voice-recording.mp3', duration: 5200, fileSize: 20800 },
    onStart: (fn: any) => void (listeners.start = fn),
    onStop: (fn: any) => void (listeners.stop = fn),
    onError: (fn: any) => void (listeners.error = fn),
    onPause: () => {},
    onResume: () => {},
    onFrameRecorded: () => {},
    onInterruptionBegin: () => {},
    onInterruptionEnd: () => {},
    pause: () => {},
    resume: () => {},
  }
  recorder.start = jest.fn(() => {
    setTimeout(() => (recorder.failStartWith ? listeners.error?.(recorder.failStartWith) : listeners.start?.()), 0)
  })
  recorder.stop = jest.fn(() => {
    setTimeout(() => listeners.stop?.({ ...recorder.result }), 0)
  })
  return recorder
}

function fakeAudioContext(): FakeAudioContext {
  const listeners: Record<string, (() => void) | undefined> = {}
  const context: any = {
    src: '',
    onEnded: (fn: any) => void (listeners.ended = fn),
    onStop: (fn: any) => void (listeners.stop = fn),
    onError: (fn: any) => void (listeners.error = fn),
    onPlay: () => {},
    onCanplay: () => {},
    end: () => listeners.ended?.(),
  }
  context.play = jest.fn()
  context.stop = jest.fn(() => listeners.stop?.())
  context.destroy = jest.fn()
  return context
}

/** Fails with a clear message when the weapp build is missing. */
export function assertBuilt(root = WEAPP_ROOT): void {
  if (!fs.existsSync(path.join(root, 'app.js')) || !fs.existsSync(path.join(root, 'pages/index/index.wxml'))) {
    throw new Error(`The mini-program build is missing (${root}). Run \`npm run build:weapp\` first.`)
  }
}

export interface HarnessOptions {
  /** Another build of the mini-program (default WEAPP_ROOT). */
  root?: string
  /** What requirePlugin(name) hands out; a plugin not listed throws, as in WeChat when app.json does not declare it. */
  plugins?: Record<string, unknown>
}

/** Calls `success`/`complete` like WeChat and resolves, so Taro's promisified wrappers settle. */
function okApi(errMsg: string, result: Record<string, unknown> = {}) {
  return jest.fn((options: any = {}) => {
    const answer = { errMsg, ...result }
    options.success?.(answer)
    options.complete?.(answer)
    return Promise.resolve(answer)
  })
}

export function startHarness(options: HarnessOptions = {}): Harness {
  const root = options.root ?? WEAPP_ROOT
  assertBuilt(root)
  const g = global as any
  const plugins = options.plugins ?? {}
  g.requirePlugin = (name: string) => {
    if (!(name in plugins)) throw new Error(`plugin "${name}" is not defined`)
    return plugins[name]
  }
  const simulate = require('miniprogram-simulate') // installs global.wx, Component, Behavior
  let answerer: FunctionAnswerer = () => ({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
  const storage = new Map<string, unknown>()
  // > 0 while a page's tap handler runs (synchronously): WeChat's "user TAP gesture" window.
  let tapDepth = 0
  const subscribeGestures: boolean[] = []
  const acceptAll = (options: any) => {
    const answer: Record<string, string> = { errMsg: 'requestSubscribeMessage:ok' }
    for (const id of options.tmplIds ?? []) answer[id] = 'accept'
    options.success?.(answer)
    options.complete?.(answer)
  }
  let subscribeAnswerer: (options: any) => void = acceptAll
  const recorder = fakeRecorder()
  const audioContexts: FakeAudioContext[] = []

  Object.assign(g.wx, {
    getSystemInfoSync: () => ({ platform: 'devtools', brand: 'devtools', model: 'iPhone 12', system: 'iOS 16', windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, pixelRatio: 2, SDKVersion: '3.4.0', version: '8.0.50', language: 'zh_CN', fontSizeSetting: 16 }),
    getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
    removeStorageSync: jest.fn((key: string) => void storage.delete(key)),
    navigateTo: okApi('navigateTo:ok'),
    redirectTo: okApi('redirectTo:ok'),
    reLaunch: okApi('reLaunch:ok'),
    makePhoneCall: okApi('makePhoneCall:ok'),
    showModal: okApi('showModal:ok', { confirm: true, cancel: false }),
    showToast: okApi('showToast:ok'),
    stopPullDownRefresh: okApi('stopPullDownRefresh:ok'),
    // Files (导出台账): a download answers a temporary path; the document viewer and the clipboard just succeed.
    downloadFile: okApi('downloadFile:ok', { tempFilePath: 'http://tmp/ledger.xlsx', statusCode: 200 }),
    openDocument: okApi('openDocument:ok'),
    setClipboardData: okApi('setClipboardData:ok'),
    // Media (present before app.js loads, so Taro wraps them; tests may replace the mocks' implementations).
    getRecorderManager: jest.fn(() => recorder),
    chooseMedia: okApi('chooseMedia:ok', { type: 'image', tempFiles: [{ tempFilePath: 'http://tmp/photo-1.jpg', size: 812000, fileType: 'image' }] }),
    compressImage: jest.fn((options: any = {}) => {
      const answer = { errMsg: 'compressImage:ok', tempFilePath: String(options.src).replace(/\.(\w+)$/, '-compressed.$1') }
      options.success?.(answer)
      options.complete?.(answer)
    }),
    previewImage: okApi('previewImage:ok'),
    setInnerAudioOption: okApi('setInnerAudioOption:ok'),
    createInnerAudioContext: jest.fn(() => {
      const context = fakeAudioContext()
      audioContexts.push(context)
      return context
    }),
    // Present before app.js loads, so Taro promisifies it; by default the user accepts every template.
    requestSubscribeMessage: jest.fn((options: any = {}) => {
      subscribeGestures.push(tapDepth > 0)
      if (tapDepth === 0) {
        const error = { errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.', errCode: 10005 }
        options.fail?.(error)
        options.complete?.(error)
        return
      }
      subscribeAnswerer(options)
    }),
    cloud: {
      init: jest.fn(),
      callFunction: jest.fn(async (options: { name: string; data: { action: string; payload: unknown } }) => {
        // Private storage: before each upload the server names its path (cases/<Shanghai date>/<key>.<ext>), as cases.prepareUpload does.
        if (options.name === 'cases' && options.data.action === 'prepareUpload') return { errMsg: 'cloud.callFunction:ok', result: preparedUpload(options.data.payload) }
        const result = await answerer(options.name, options.data.action, options.data.payload)
        return { errMsg: 'cloud.callFunction:ok', result }
      }),
      uploadFile: jest.fn(),
    },
  })

  let app: any
  const pages: any[] = []
  let nextRoute = ''
  let nextQuery: Record<string, string> = {}
  const rawComponent = g.Component
  g.App = (definition: any) => {
    app = definition
  }
  g.getApp = () => app
  g.getCurrentPages = () => pages
  // A page is run as a component: its lifecycle is replayed when the component attaches.
  g.Page = (definition: any) => {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(definition)) if (typeof value === 'function') methods[key] = value
    // Taro's event handler (bindtap="eh"): mark the synchronous handling of a tap, as WeChat tracks gestures.
    const handle = methods.eh as ((this: any, event: any) => unknown) | undefined
    if (handle) {
      methods.eh = function (this: any, event: any) {
        const tap = event?.type === 'tap'
        if (tap) tapDepth++
        try {
          return handle.call(this, event)
        } finally {
          if (tap) tapDepth--
        }
      }
    }
    const route = nextRoute
    const query = nextQuery
    return rawComponent({
      data: definition.data,
      methods,
      lifetimes: {
        attached(this: any) {
          this.route = route
          this.__route__ = route
          pages.push(this)
          this.onLoad?.(query)
          this.onShow?.()
          this.onReady?.()
        },
        detached(this: any) {
          this.onUnload?.()
          pages.splice(pages.indexOf(this), 1)
        },
      },
    })
  }

  // WeChat registers a page or component once and instantiates it many times; miniprogram-simulate instead re-runs
  // the file on every load(). Taro's webpack chunks register only on their first run, so remember what each file
  // registered and replay it on later loads. (Patches the module simulate's index.js calls as `_.runJs`.)
  const simulateUtils = require('miniprogram-simulate/src/utils')
  const runJs = simulateUtils.runJs
  const registered = new Map<string, { kind: 'Page' | 'Component'; definition: any }>()
  simulateUtils.runJs = (file: string) => {
    const known = registered.get(file)
    if (known) return known.kind === 'Page' ? g.Page(known.definition) : rawComponent(known.definition)
    const page = g.Page
    g.Page = (definition: any) => (registered.set(file, { kind: 'Page', definition }), page(definition))
    g.Component = (definition: any) => (registered.set(file, { kind: 'Component', definition }), rawComponent(definition))
    try {
      return runJs(file)
    } finally {
      g.Page = page
      g.Component = rawComponent
    }
  }

  require(path.join(root, 'app.js'))
  if (!app) throw new Error('dist/weapp/app.js did not register an App')
  const launch = { path: 'pages/index/index', query: {}, scene: 1001 }
  app.onLaunch?.(launch)
  app.onShow?.(launch)

  return {
    simulate,
    wx: g.wx,
    answerWith(next) {
      answerer = next
    },
    answerSubscribeWith(next) {
      subscribeAnswerer = next
    },
    subscribeGestures,
    recorder,
    audioContexts,
    openPage(pagePath, query = {}) {
      nextRoute = pagePath
      nextQuery = query
      const id = simulate.load(path.join(root, pagePath), { rootPath: root })
      const page = simulate.render(id)
      page.attach(document.createElement('parent-wrapper'))
      return page
    },
  }
}

/** Polls until the page shows `text` (rendering is asynchronous). */
export async function waitForText(page: any, text: string, timeoutMs = 3000): Promise<void> {
  const started = Date.now()
  while (!String(page.dom.textContent).includes(text)) {
    if (Date.now() - started > timeoutMs) throw new Error(`"${text}" did not appear within ${timeoutMs} ms. The page shows: ${page.dom.textContent}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Taps the innermost element whose own text is exactly `text` (or its nearest tappable ancestor), as a finger would. */
export function tapText(page: any, text: string): void {
  const nodes = Array.from(page.dom.querySelectorAll('*')) as Element[]
  const match = nodes.find((node) => node.textContent?.trim() === text && !Array.from(node.children).some((child) => child.textContent?.trim() === text))
  if (!match) throw new Error(`Nothing shows "${text}". The page shows: ${page.dom.textContent}`)
  // Taro binds the tap handler on the element that has onClick; the event bubbles there from the text.
  let element: Element | null = match
  while (element) {
    const sid = element.getAttribute('data-sid')
    const target = sid ? page.querySelector(`#${sid}`) : null
    if (target) {
      target.dispatchEvent('tap')
      return
    }
    element = element.parentElement
  }
  throw new Error(`Could not tap "${text}"`)
}

/** Polls until the page no longer shows `text`. */
export async function waitForNoText(page: any, text: string, timeoutMs = 3000): Promise<void> {
  const started = Date.now()
  while (String(page.dom.textContent).includes(text)) {
    if (Date.now() - started > timeoutMs) throw new Error(`"${text}" was still shown after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function preparedUpload(payload: any) {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(String(payload.name))?.[0].toLowerCase() ?? ''
  const day = new Date(Date.parse(payload.createdAt ?? '') || Date.now()).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
  return { ok: true, data: { cloudPath: `cases/${day}/${payload.idempotencyKey}${extension}` } }
}
