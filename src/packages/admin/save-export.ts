// Getting an exported 台账 file onto the person's device. Platform files: save-export.h5.ts (the browser downloads
// it), save-export.weapp.ts (downloadFile + openDocument). This one is what TypeScript sees.
export interface ExportedFile {
  fileName: string
  url: string
}

/** A Chinese line saying what happened, or `{ error }`. */
export async function saveExport(_file: ExportedFile): Promise<{ done: string } | { error: string }> {
  return { error: '当前平台不能下载文件' }
}
