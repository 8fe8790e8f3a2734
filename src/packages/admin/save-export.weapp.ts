// WeChat: the function answered a temporary cloud storage link; download it and open it in WeChat's document viewer
// (Excel files; from there 用其他应用打开 or 转发). A CSV cannot be previewed: its link is copied for a computer.
import Taro from '@tarojs/taro'
import type { ExportedFile } from './save-export'

export type { ExportedFile }

export async function saveExport(file: ExportedFile): Promise<{ done: string } | { error: string }> {
  if (!file.fileName.endsWith('.xlsx')) {
    await Taro.setClipboardData({ data: file.url })
    return { done: 'CSV 文件的下载链接已复制，请在电脑浏览器中打开（链接短时间内有效）' }
  }
  try {
    const { tempFilePath, statusCode } = await Taro.downloadFile({ url: file.url })
    if (statusCode !== 200) return { error: '文件下载失败，请重试' }
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
    return { done: `已打开：${file.fileName}（右上角可转发或保存）` }
  } catch {
    return { error: '文件打开失败，请重试' }
  }
}
