// Pages: residents' pages in the main package; the work queue (staff, grid workers, handlers, supervisors) in a subpackage.
// The persona sign-in page exists only in the H5 build (local mode); on WeChat the caller is the OPENID, and an OPENID
// the server does not know yet goes to 住户登记 (pages/register, built everywhere, reached only on WeChat).
const localOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/sign-in/index'] : []

export default defineAppConfig({
  pages: ['pages/index/index', 'pages/submit/index', 'pages/mine/index', 'pages/case/index', 'pages/inbox/index', 'pages/register/index', ...localOnlyPages],
  subPackages: [{ root: 'packages/work', pages: ['queue/index'] }],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '说事',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  __usePrivacyCheck__: true,
})
