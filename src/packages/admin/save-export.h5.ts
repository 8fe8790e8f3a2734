// Browser: the local server answers the file as an attachment (GET /api/exports/:id, signed in); a link click saves it.
import type { ExportedFile } from './save-export'

export type { ExportedFile }

export async function saveExport(file: ExportedFile): Promise<{ done: string } | { error: string }> {
  const link = document.createElement('a')
  link.href = file.url
  link.download = file.fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return { done: `已开始下载：${file.fileName}` }
}
