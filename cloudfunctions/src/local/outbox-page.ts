// A plain developer page listing what WeChat would have pushed (the outbox), newest first.
import type { OutboxRow } from '../adapters/local/outbox-sender'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export function renderOutboxPage(rows: OutboxRow[], now: Date): string {
  const body = rows.length === 0
    ? '<p>还没有消息。</p>'
    : `<table><thead><tr><th>时间(UTC)</th><th>接收人 openid</th><th>模板</th><th>页面</th><th>内容</th></tr></thead><tbody>${rows
        .map((r) => `<tr><td>${escape(r.createdAt)}</td><td>${escape(r.touser)}</td><td>${escape(r.templateId)}</td><td>${escape(r.page)}</td><td>${Object.entries(r.data).map(([k, v]) => `${escape(k)}：${escape(v.value)}`).join('<br>')}</td></tr>`)
        .join('')}</tbody></table>`
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>消息发件箱（开发者）</title>
<style>body{font:16px/1.5 sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style></head>
<body><h1>消息发件箱</h1><p>本地运行时记录的订阅消息（微信环境中会推送给用户）。当前时间：${escape(now.toISOString())}</p>${body}</body></html>`
}
