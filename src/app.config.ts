// Pages: what residents need sits in the main package (home, 我要说事, 我的说事, the case page, 消息中心, 公示栏, 住户登记);
// each worker role's own pages sit in a subpackage: the work queue and 议事会 (packages/work), 入户说事 and staff intake
// (packages/intake), the supervision group's view (packages/supervise).
// The persona sign-in page exists only in the H5 build (local mode); on WeChat the caller is the OPENID, and an OPENID
// the server does not know yet goes to 住户登记 (pages/register, built everywhere, reached only on WeChat).
const localOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/sign-in/index'] : []
// 微信同声传译 turns voice reports into text, only when config/wechat.ts enables it (the plugin must be added first);
// its settings come through defineConstants (this file is also bundled into the app, where config/ cannot be imported).
const plugins = WECHATSI_ENABLED ? { plugins: { WechatSI: { version: WECHATSI_VERSION, provider: WECHATSI_PROVIDER } } } : {}

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/submit/index', 'pages/mine/index', 'pages/case/index', 'pages/inbox/index', 'pages/register/index', 'pages/board/index', ...localOnlyPages],
  subPackages: [
    { root: 'packages/work', pages: ['queue/index', 'agenda/index', 'meetings/index', 'meeting/index', 'topics/index', 'topic/index'] },
    { root: 'packages/topics', pages: ['answer/index'] },
    { root: 'packages/intake', pages: ['index'] },
    { root: 'packages/supervise', pages: ['index'] },
    { root: 'packages/admin', pages: ['workers/index', 'redeem/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '说事',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  __usePrivacyCheck__: true,
  // No page is indexed by WeChat search (src/sitemap.json, copied by config/index.ts).
  sitemapLocation: 'sitemap.json',
  ...plugins,
})
