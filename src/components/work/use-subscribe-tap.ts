// A subscribe button's tap: calls `request` first thing (WeChat opens its dialog only inside the tap, before any
// await), shows busy meanwhile, then keeps the answer to show.
import { useState } from 'react'
import type { SubscribeResult } from '@/stores/types'

export function useSubscribeTap(request: () => Promise<SubscribeResult>): { busy: boolean; result?: SubscribeResult; tap: () => void } {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<SubscribeResult>()
  const tap = () => {
    if (busy) return
    const asking = request() // synchronous: no await before this call
    setBusy(true)
    setResult(undefined)
    void asking.then((answer) => {
      setResult(answer)
      setBusy(false)
    })
  }
  return { busy, result, tap }
}
