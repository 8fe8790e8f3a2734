export default definePageConfig({ navigationBarTitleText: '我的说事', enablePullDownRefresh: true })
