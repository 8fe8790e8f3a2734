// Browser: a hidden file input; the CSV is read as UTF-8 (a BOM is dropped by the parser).
import type { PickedFile } from './pick-file'

export type { PickedFile }

export function pickAddressBook(): Promise<PickedFile | { error: string } | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,text/csv'
    input.className = 'admin__file-input'
    input.style.display = 'none'
    input.onchange = () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(undefined)
      if (!/\.csv$/i.test(file.name)) return resolve({ error: '请选择 CSV 文件（Excel 里“另存为 CSV UTF-8”）；.xlsx 请用 npm run import:directory 导入' })
      file.text().then((text) => resolve({ name: file.name, text }), () => resolve({ error: '文件读取失败，请重试' }))
    }
    document.body.appendChild(input)
    input.click()
  })
}
