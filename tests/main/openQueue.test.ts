import { describe, expect, it, vi } from 'vitest'
import { createOpenQueue } from '../../src/main/openQueue'

const opened = (path: string) => ({ canceled: false as const, path, name: path, text: '{}' })

describe('files opened from outside the page', () => {
  it('wait for the page to load, and only the latest is kept', async () => {
    const deliver = vi.fn()
    const queue = createOpenQueue(deliver)
    const first = vi.fn(() => Promise.resolve(opened('/a.json')))
    queue.request(first)
    queue.request(() => Promise.resolve(opened('/b.json')))
    await Promise.resolve()
    expect(deliver).not.toHaveBeenCalled()

    queue.pageLoaded()
    await vi.waitFor(() => {
      expect(deliver).toHaveBeenCalledWith(opened('/b.json'))
    })
    expect(first).not.toHaveBeenCalled()
    expect(deliver).toHaveBeenCalledTimes(1)
  })

  it('go straight to a loaded page, and wait again after it is gone', async () => {
    const deliver = vi.fn()
    const queue = createOpenQueue(deliver)
    queue.pageLoaded()
    queue.request(() => Promise.resolve(opened('/a.json')))
    await vi.waitFor(() => {
      expect(deliver).toHaveBeenCalledTimes(1)
    })

    queue.pageGone()
    queue.request(() => Promise.resolve(opened('/b.json')))
    await new Promise((r) => setTimeout(r, 5))
    expect(deliver).toHaveBeenCalledTimes(1)
    queue.pageLoaded()
    await vi.waitFor(() => {
      expect(deliver).toHaveBeenLastCalledWith(opened('/b.json'))
    })
  })

  it('deliver an error result when opening throws', async () => {
    const deliver = vi.fn()
    const queue = createOpenQueue(deliver)
    queue.pageLoaded()
    queue.request(async () => Promise.reject(new Error('EIO')))
    await vi.waitFor(() => {
      expect(deliver).toHaveBeenCalledWith({ canceled: false, error: 'Cannot open the file. EIO' })
    })
  })
})
