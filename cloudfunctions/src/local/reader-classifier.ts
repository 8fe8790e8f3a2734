// The local server's classifier when it has readers (reader-pool.ts): a submitted report's text is classified on a
// reader thread, not the server thread. Classifying was the largest part of a submit's work on the server thread
// (about a fifth of it in a CPU profile at 100,000 cases; issue 12), which is what limits submits a second. The
// readers load the same shipped model, so the answer is the same; with no reader to take it, the server classifies the
// text itself.
import type { Classification, Classifier, ClassifierPort } from '../../../src/core/ports/classifier'
import type { ReaderPool } from './reader-pool'

export function classifierOnReaders(readers: Pick<ReaderPool, 'classify'>, onServerThread: Classifier): ClassifierPort {
  return {
    async classify(text: string): Promise<Classification> {
      return (await readers.classify(text)) ?? onServerThread.classify(text)
    },
  }
}
