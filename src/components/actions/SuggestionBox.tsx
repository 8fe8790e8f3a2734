// The classifier's suggestion as staff read it: category, urgent and why (or 需尽快核实 when it is unsure), unit,
// confidence, the top three.
import { View } from '@tarojs/components'
import type { CaseView } from '@core/contracts/views'
import { CATEGORIES } from '@core/domain/category'

const percent = (score: number) => `${Math.round(score * 100)}%`

export default function SuggestionBox({ suggestion }: { suggestion: NonNullable<CaseView['suggestion']> }) {
  return (
    <View className='suggestion'>
      <View className='suggestion__title'>智能分类建议</View>
      <View className='suggestion__line'>
        分类：{CATEGORIES[suggestion.category]?.label ?? suggestion.category}（把握 {percent(suggestion.confidence)}）
      </View>
      {suggestion.urgent ? (
        <View className='suggestion__urgent'>紧急：{suggestion.urgentReasons.join('、') || '疑似紧急'}</View>
      ) : suggestion.checkSoon ? (
        <View className='suggestion__check'>需尽快核实：疑似{suggestion.checkSoon}，请一小时内核实</View>
      ) : (
        <View className='suggestion__line'>紧急程度：一般</View>
      )}
      <View className='suggestion__line'>承办单位：{suggestion.unit}</View>
      <View className='suggestion__line suggestion__line--small'>
        其他可能：{suggestion.top3.map((entry) => `${CATEGORIES[entry.category]?.label ?? entry.category} ${percent(entry.score)}`).join('；')}
      </View>
    </View>
  )
}
