// Browser only (imported by the .h5 services): a photo drawn on a canvas at most `maxSide` pixels on its long side,
// on white (a transparent PNG would turn black as a JPEG); undefined when the browser cannot decode it.
function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('image does not decode'))
    image.src = url
  })
}

export async function downscaledCanvas(url: string, maxSide: number): Promise<HTMLCanvasElement | undefined> {
  try {
    const image = await loadImage(url)
    const scale = Math.min(1, maxSide / Math.max(image.naturalWidth, image.naturalHeight))
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale))
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale))
    const context = canvas.getContext('2d')
    if (!context) return undefined
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return canvas
  } catch {
    return undefined
  }
}
