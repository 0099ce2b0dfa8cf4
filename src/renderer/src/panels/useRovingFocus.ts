import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react'

type Orientation = 'horizontal' | 'vertical'

const NEXT: Record<Orientation, string> = { horizontal: 'ArrowRight', vertical: 'ArrowDown' }
const PREVIOUS: Record<Orientation, string> = { horizontal: 'ArrowLeft', vertical: 'ArrowUp' }

/**
 * One Tab stop for a group of items (WAI-ARIA "roving tabindex", as in the APG toolbar pattern):
 * Tab enters the group on the item last used, the arrow keys, Home and End move within it. It
 * keeps the toolbar and the palette's 50-odd services from standing between the keyboard and the
 * canvas. Spread `ref`, `onKeyDown` and `onFocus` on the group's element.
 */
export function useRovingFocus<T extends HTMLElement = HTMLDivElement>(
  itemSelector: string,
  orientation: Orientation
) {
  const ref = useRef<T>(null)

  const items = useCallback(
    () =>
      [...(ref.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [])].filter(
        (el) => !(el as HTMLButtonElement).disabled && !el.closest('[role=menu]')
      ),
    [itemSelector]
  )

  const makeStop = useCallback(
    (stop: HTMLElement) => {
      for (const el of ref.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [])
        el.tabIndex = el === stop ? 0 : -1
    },
    [itemSelector]
  )

  // After every render: items come and go (a search filters the palette, Undo gets disabled), and
  // the group must still have exactly one item Tab can reach.
  useLayoutEffect(() => {
    const list = items()
    const all = ref.current?.querySelectorAll<HTMLElement>(itemSelector) ?? []
    // A button is tabbable without the attribute, so the stop is the one this hook marked.
    const stop = list.find((el) => el.getAttribute('tabindex') === '0') ?? list[0]
    for (const el of all) el.tabIndex = el === stop ? 0 : -1
  })

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const list = items()
      const index = list.indexOf(event.target as HTMLElement)
      if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return
      let next: number | undefined
      if (event.key === NEXT[orientation]) next = (index + 1) % list.length
      else if (event.key === PREVIOUS[orientation]) next = (index - 1 + list.length) % list.length
      else if (event.key === 'Home') next = 0
      else if (event.key === 'End') next = list.length - 1
      if (next === undefined) return
      event.preventDefault()
      const target = list[next]!
      makeStop(target)
      target.focus()
    },
    [items, makeStop, orientation]
  )

  const onFocus = useCallback(
    (event: FocusEvent) => {
      const target = event.target as HTMLElement
      if (items().includes(target)) makeStop(target)
    },
    [items, makeStop]
  )

  return { ref, onKeyDown, onFocus }
}
