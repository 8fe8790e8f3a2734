export default definePageConfig({ navigationBarTitleText: '定题说事' })
