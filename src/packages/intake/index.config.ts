export default definePageConfig({ navigationBarTitleText: '入户说事' })
