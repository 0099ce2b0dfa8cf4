import type { JSHandle, Page } from '@playwright/test'

/**
 * Decodes an exported PNG with the browser's own decoder and draws it on a canvas in the page, so
 * a test can read its pixels there (an image of a large diagram is too big to send back whole).
 * Read it with `handle.evaluate((context, arg) => …, arg)`.
 */
export async function decodePngInPage(
  page: Page,
  bytes: Buffer
): Promise<JSHandle<CanvasRenderingContext2D>> {
  return page.evaluateHandle(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) throw new Error('This browser gives no 2D canvas context.')
    context.drawImage(img, 0, 0)
    return context
  }, bytes.toString('base64'))
}
