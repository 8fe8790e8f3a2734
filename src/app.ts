// The app shell. Platform setup lives in the platform files (cloud-api.weapp.ts starts Taro.cloud on WeChat).
import type { PropsWithChildren } from 'react'
import { cloudApi } from '@/services/cloud-api'
import './app.scss'

cloudApi.init()

function App({ children }: PropsWithChildren) {
  // children are the pages
  return children
}

export default App
