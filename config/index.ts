// Taro build config. One source tree, two outputs: dist/weapp (WeChat DevTools) and dist/h5 (local server).
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { CLOUD_ENV_ID, WECHAT_APPID, WECHATSI } from './wechat'

const platform = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'
const root = path.resolve(__dirname, '..')
// SHUOSHI_DIST lets parallel builds (one per working copy or helper) write apart; default dist/.
const distRoot = process.env.SHUOSHI_DIST ?? 'dist'

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'shuoshi',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `${distRoot}/${platform}`,
    plugins: [],
    defineConstants: {
      CLOUD_ENV_ID: JSON.stringify(CLOUD_ENV_ID),
      WECHAT_APPID: JSON.stringify(WECHAT_APPID),
      // 微信同声传译: read by app.config.ts (declares the plugin) and services/wechat-si-recorder.ts.
      WECHATSI_ENABLED: JSON.stringify(platform === 'weapp' && WECHATSI.enabled),
      WECHATSI_VERSION: JSON.stringify(WECHATSI.version),
      WECHATSI_PROVIDER: JSON.stringify(WECHATSI.provider),
    },
    alias: {
      '@core': path.resolve(root, 'src/core'),
      '@': path.resolve(root, 'src'),
    },
    // sitemap.json (no page indexed by WeChat search) goes beside app.json; app.config's sitemapLocation names it.
    copy: { patterns: platform === 'weapp' ? [{ from: 'src/sitemap.json', to: `${distRoot}/weapp/sitemap.json` }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true, name: `${platform}-${distRoot.replace(/[^A-Za-z0-9]/g, '_')}` },
    mini: {
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        // Pages load on demand; let them share Taro's component code instead of each page chunk carrying a copy.
        const splitChunks = chain.optimization.get('splitChunks')
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' })
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
