// H5 only (used by media.h5.ts): the browser's speech recognition (SpeechRecognition / webkitSpeechRecognition) runs
// beside MediaRecorder while the resident speaks, in Chinese. Where the browser has none, or it fails (no network, no
// permission), there is simply no transcript: the recording goes as it is and staff type its gist (语音待转写).

interface RecognitionResultList {
  length: number
  [index: number]: { isFinal: boolean; length: number; [index: number]: { transcript: string } }
}

interface BrowserRecognition {
  lang: string
  continuous: boolean
  interimResults: boolean
  maxAlternatives: number
  onresult: ((event: { resultIndex: number; results: RecognitionResultList }) => void) | null
  onerror: ((event: { error?: string }) => void) | null
  onend: (() => void) | null
  start(): void
  stop(): void
}

/** After stop(), the last result and `end` normally come within a second. */
const END_TIMEOUT_MS = 2500

export interface Transcriber {
  /** Stops listening and answers what was heard (undefined when nothing was). */
  finish(): Promise<string | undefined>
  /** Stops listening, discarding what was heard. */
  cancel(): void
}

function recognitionClass(): (new () => BrowserRecognition) | undefined {
  const scope = globalThis as { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown }
  const found = scope.SpeechRecognition ?? scope.webkitSpeechRecognition
  return typeof found === 'function' ? (found as new () => BrowserRecognition) : undefined
}

/** Starts listening, or answers undefined where the browser cannot. */
export function startTranscriber(): Transcriber | undefined {
  const Recognition = recognitionClass()
  if (!Recognition) return undefined
  let recognition: BrowserRecognition
  try {
    recognition = new Recognition()
    recognition.lang = 'zh-CN'
    recognition.continuous = true
    recognition.interimResults = false
    recognition.maxAlternatives = 1
  } catch {
    return undefined
  }
  const finals: string[] = []
  let ended = false
  let onEnded: (() => void) | undefined
  recognition.onresult = (event) => {
    for (let i = event.resultIndex; i < event.results.length; i++) {
      const result = event.results[i]
      if (result.isFinal && result.length > 0) finals[i] = result[0].transcript
    }
  }
  recognition.onerror = () => undefined // 'no-speech', 'network', 'not-allowed': no transcript, the clip still goes
  recognition.onend = () => {
    ended = true
    onEnded?.()
  }
  try {
    recognition.start()
  } catch {
    return undefined
  }
  const stop = () => {
    try {
      recognition.stop()
    } catch {
      // already ended
    }
  }
  return {
    async finish() {
      stop()
      if (!ended) await new Promise<void>((resolve) => {
        onEnded = resolve
        setTimeout(resolve, END_TIMEOUT_MS)
      })
      const text = finals.join('').trim()
      return text === '' ? undefined : text
    },
    cancel() {
      recognition.onresult = null
      stop()
    },
  }
}
