// Choosing the address book file (a CSV) and reading its text. Platform files: pick-file.h5.ts (a file input in the
// browser), pick-file.weapp.ts (a file from a WeChat chat). This one is what TypeScript sees; it picks nothing.
export interface PickedFile {
  name: string
  text: string
}

/** undefined when the person cancelled; `{ error }` in Chinese when the file could not be read. */
export async function pickAddressBook(): Promise<PickedFile | { error: string } | undefined> {
  return { error: '当前平台不能选择文件' }
}
