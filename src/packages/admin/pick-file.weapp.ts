// WeChat: a CSV sent to the admin in a chat (chooseMessageFile), read as UTF-8 from its temporary path.
import Taro from '@tarojs/taro'
import type { PickedFile } from './pick-file'

export type { PickedFile }

export async function pickAddressBook(): Promise<PickedFile | { error: string } | undefined> {
  let chosen: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] })
  } catch {
    return undefined // cancelled
  }
  const file = chosen.tempFiles[0]
  if (!file) return undefined
  try {
    const text = Taro.getFileSystemManager().readFileSync(file.path, 'utf8') as string
    return { name: file.name, text }
  } catch {
    return { error: '文件读取失败，请重试' }
  }
}
