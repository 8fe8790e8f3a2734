export default definePageConfig({ navigationBarTitleText: '议事安排', enablePullDownRefresh: true })
