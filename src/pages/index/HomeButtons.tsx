// The home page's buttons: a resident's few in one big column; a worker's under 日常工作 / 消息与公示 / 统计与管理,
// the main one full width and the others two to a row, so a worker with a dozen tools still sees them on one screen.
import { View } from '@tarojs/components'
import BigButton from '@/components/BigButton'
import { HOME_SECTION_TITLES, type HomeButton, type HomeSection } from './home-buttons'

interface Props {
  buttons: HomeButton[]
  grouped: boolean
  onOpen: (url: string) => () => void
}

export default function HomeButtons({ buttons, grouped, onOpen }: Props) {
  const button = (b: HomeButton) => <BigButton key={b.url} kind={b.kind} text={b.text} hint={b.hint} badge={b.badge} onClick={onOpen(b.url)} />
  if (!grouped) return <View className='home__buttons'>{buttons.map(button)}</View>
  const sections = [...new Set(buttons.map((b) => b.section))] as HomeSection[]
  return (
    <View className='home__buttons'>
      {sections.map((section) => {
        const inSection = buttons.filter((b) => b.section === section)
        return (
          <View key={section} className='home__group'>
            <View className='home__group-title'>{HOME_SECTION_TITLES[section]}</View>
            {inSection.filter((b) => b.kind === 'primary').map(button)}
            <View className='home__grid'>{inSection.filter((b) => b.kind !== 'primary').map(button)}</View>
          </View>
        )
      })}
    </View>
  )
}
