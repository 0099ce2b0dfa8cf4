import type { KeyboardEvent } from 'react'

/** Up and Down move between a menu's items, wrapping round; Home and End jump to the ends. */
export function moveMenuFocus(event: KeyboardEvent, menu: HTMLElement | null): void {
  const items = [...(menu?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])]
  if (items.length === 0) return
  const i = items.indexOf(document.activeElement as HTMLElement)
  let next: number | undefined
  if (event.key === 'ArrowDown') next = (i + 1) % items.length
  else if (event.key === 'ArrowUp') next = (i - 1 + items.length) % items.length
  else if (event.key === 'Home') next = 0
  else if (event.key === 'End') next = items.length - 1
  if (next === undefined) return
  event.preventDefault()
  items[next]?.focus()
}
