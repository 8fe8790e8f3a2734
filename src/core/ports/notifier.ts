// Port: tell a user something happened (subscription message on WeChat, outbox locally; always the inbox too).
export interface Notice {
  userId: string
  kind: string
  caseId?: string
  title: string
  body: string
}

export interface Notifier {
  notify(notice: Notice): Promise<void>
}
