// One keep-alive HTTP/1.1 connection for the load client: requests written whole, one at a time, and answers read by
// their Content-Length (or chunked). The client shares this machine's 2 cores with the server it measures, so it
// does as little as it can; Node's http client cost about as much CPU per request as the server's work on a list.
import net from 'node:net'

export interface Answer {
  status: number
  text: string
  headers: Record<string, string>
}

interface Waiting {
  resolve: (answer: Answer) => void
  reject: (error: Error) => void
}

const HEADER_END = Buffer.from('\r\n\r\n')

export class HttpConnection {
  private socket?: net.Socket
  private buffered: Buffer = Buffer.alloc(0)
  private waiting?: Waiting

  constructor(private readonly host: string, private readonly port: number) {}

  post(path: string, body: string, cookie?: string): Promise<Answer> {
    if (this.waiting) return Promise.reject(new Error('one request at a time on a connection'))
    const payload = Buffer.from(body)
    const head = `POST ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\n${cookie ? `Cookie: ${cookie}\r\n` : ''}\r\n`
    return new Promise<Answer>((resolve, reject) => {
      this.waiting = { resolve, reject }
      this.open().write(Buffer.concat([Buffer.from(head), payload]))
    })
  }

  close(): void {
    const socket = this.socket
    this.socket = undefined
    this.buffered = Buffer.alloc(0)
    socket?.destroy()
  }

  private open(): net.Socket {
    if (this.socket) return this.socket
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true })
    socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk])
      this.readAnswer()
    })
    const fail = (error: Error) => {
      if (this.socket !== socket) return // an earlier socket, closed after a new one took its place
      this.socket = undefined
      this.buffered = Buffer.alloc(0)
      const waiting = this.waiting
      this.waiting = undefined
      waiting?.reject(error)
    }
    socket.on('error', fail)
    socket.on('close', () => fail(new Error('connection closed')))
    this.socket = socket
    return socket
  }

  /** Resolves the waiting request once its whole answer is in the buffer. */
  private readAnswer(): void {
    const end = this.buffered.indexOf(HEADER_END)
    if (end < 0 || !this.waiting) return
    const lines = this.buffered.subarray(0, end).toString('latin1').split('\r\n')
    const status = Number(lines[0].split(' ')[1])
    const headers: Record<string, string> = {}
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':')
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
    const start = end + HEADER_END.length
    const body = headers['transfer-encoding'] === 'chunked' ? dechunk(this.buffered, start) : lengthBody(this.buffered, start, Number(headers['content-length'] ?? 0))
    if (!body) return
    this.buffered = this.buffered.subarray(body.next)
    const waiting = this.waiting
    this.waiting = undefined
    waiting.resolve({ status, text: body.bytes.toString('utf8'), headers })
  }
}

function lengthBody(buffer: Buffer, start: number, length: number): { bytes: Buffer; next: number } | undefined {
  return buffer.length - start < length ? undefined : { bytes: buffer.subarray(start, start + length), next: start + length }
}

function dechunk(buffer: Buffer, start: number): { bytes: Buffer; next: number } | undefined {
  const parts: Buffer[] = []
  let at = start
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at)
    if (lineEnd < 0) return undefined
    const size = parseInt(buffer.subarray(at, lineEnd).toString('latin1'), 16)
    const dataStart = lineEnd + 2
    if (buffer.length < dataStart + size + 2) return undefined
    if (size === 0) return { bytes: Buffer.concat(parts), next: dataStart + 2 }
    parts.push(buffer.subarray(dataStart, dataStart + size))
    at = dataStart + size + 2
  }
}
