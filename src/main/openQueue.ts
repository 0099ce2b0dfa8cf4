import type { OpenResult } from './files/documentFiles'

export type OpenTask = () => Promise<OpenResult>

export interface OpenQueue {
  /** A file to open from outside the page: command line, second instance, Finder, Open Recent. */
  request(open: OpenTask): void
  /** The page has loaded and subscribed: deliver what was waiting. */
  pageLoaded(): void
  /** The page is gone (window closed or reloading): hold requests until it loads again. */
  pageGone(): void
}

/**
 * A page that has not finished loading cannot receive events yet, so requests wait for it. Only
 * the latest one is kept: a user who asked for two files before the window appeared wants the last.
 */
export function createOpenQueue(deliver: (result: OpenResult) => void): OpenQueue {
  let ready = false
  let pending: OpenTask | undefined

  function run(open: OpenTask): void {
    void open().then(deliver, (err: unknown) => {
      deliver({
        canceled: false,
        error: `Cannot open the file. ${err instanceof Error ? err.message : String(err)}`
      })
    })
  }

  return {
    request(open) {
      if (ready) run(open)
      else pending = open
    },
    pageLoaded() {
      ready = true
      const open = pending
      pending = undefined
      if (open) run(open)
    },
    pageGone() {
      ready = false
    }
  }
}
