// Browser: the window's width, followed as it is resized (a desk shows the chosen case beside the list).
import { useEffect, useState } from 'react'

export const DESK_MIN_WIDTH = 1024

export function isDeskWidth(width: number): boolean {
  return width >= DESK_MIN_WIDTH
}

export function useDeskWidth(): boolean {
  const [desk, setDesk] = useState(() => isDeskWidth(window.innerWidth))
  useEffect(() => {
    const follow = () => setDesk(isDeskWidth(window.innerWidth))
    window.addEventListener('resize', follow)
    follow()
    return () => window.removeEventListener('resize', follow)
  }, [])
  return desk
}
