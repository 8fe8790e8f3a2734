// Pick the building, then the room, from the grid's households; once picked, one line with 换一户.
import { View } from '@tarojs/components'
import ChoiceGrid, { Chosen } from '@/components/ChoiceGrid'
import type { IntakeBuilding } from '../model/types'

interface Props {
  buildings: IntakeBuilding[]
  buildingId?: string
  householdId?: string
  onChoose: (buildingId?: string, householdId?: string) => void
}

export default function HouseholdPicker({ buildings, buildingId, householdId, onChoose }: Props) {
  const building = buildings.find((entry) => entry.id === buildingId)
  const household = building?.households.find((entry) => entry.id === householdId)
  if (building && household) {
    return <Chosen text={`${building.name} ${household.room}（${household.headName}）`} change='换一户' onChange={() => onChoose(undefined, undefined)} />
  }
  if (building) {
    return (
      <View>
        <Chosen text={building.name} change='换楼栋' onChange={() => onChoose(undefined, undefined)} />
        {building.households.length > 0 ? (
          <ChoiceGrid choices={building.households.map((entry) => ({ key: entry.id, text: entry.room, hint: entry.headName }))} onChoose={(key) => onChoose(building.id, key)} />
        ) : (
          <View className='intake__note'>这栋楼还没有住户名单，请在下面直接填写门牌</View>
        )}
      </View>
    )
  }
  return <ChoiceGrid choices={buildings.map((entry) => ({ key: entry.id, text: entry.name, hint: `${entry.households.length}户` }))} onChoose={(key) => onChoose(key)} />
}
