// "12月2日 10:05" in Beijing time, for when an answer was given or changed.
import { shanghaiDate } from '@core/domain/deadlines'
import { topicDayLabel } from '@core/domain/topic'

export function answerTimeLabel(instant: string): string {
  const beijing = new Date(Date.parse(instant) + 8 * 3600 * 1000).toISOString()
  return `${topicDayLabel(shanghaiDate(instant))} ${beijing.slice(11, 16)}`
}
