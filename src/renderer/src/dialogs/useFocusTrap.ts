import { useCallback, useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react'

const FOCUSABLE = [
  'a[href]',
  'button:not(:disabled)',
  'input:not(:disabled)',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  '[tabindex]:not([tabindex="-1"])'
].join(',')

function focusablesIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0
  )
}

interface FocusTrapOptions {
  /** For a component that stays mounted while closed. */
  active?: boolean
  onEscape?: () => void
  /** Where focus starts; the first focusable element when left out. */
  initialFocus?: () => HTMLElement | null | undefined
  /** Where focus goes when what opened the dialog is gone (a menu's Delete removed it). */
  fallbackFocus?: () => void
}

/**
 * Keeps keyboard focus inside a dialog or menu while it is open, and gives it back to whatever
 * had it before (the button that opened it) when it closes. Keys pressed inside stay inside: a
 * Delete or a shortcut typed in a dialog must not reach the canvas or the global shortcuts.
 * Spread `ref` and `onKeyDown` on the dialog's root element.
 */
export function useFocusTrap<T extends HTMLElement = HTMLDivElement>(
  options: FocusTrapOptions = {}
) {
  const { active = true } = options
  const ref = useRef<T>(null)
  const latest = useRef(options)
  latest.current = options

  // A passive effect on purpose: when one dialog replaces another in the same render, the old
  // one gives focus back before the new one notes who opened it.
  useEffect(() => {
    if (!active) return
    const container = ref.current
    if (!container) return
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : null
    const start = latest.current.initialFocus?.() ?? focusablesIn(container)[0] ?? container
    start.focus()
    // Focus that leaves by other means (a click on the backdrop, a programmatic focus) comes back.
    const onFocusIn = (event: FocusEvent) => {
      if (container.isConnected && !container.contains(event.target as Node))
        (focusablesIn(container)[0] ?? container).focus()
    }
    document.addEventListener('focusin', onFocusIn)
    return () => {
      document.removeEventListener('focusin', onFocusIn)
      // Give focus back only if it was lost with the dialog, never take it from where a click put it.
      const now = document.activeElement
      if (now && now !== document.body && !container.contains(now)) return
      if (opener?.isConnected) opener.focus()
      else latest.current.fallbackFocus?.()
    }
  }, [active])

  const onKeyDown = useCallback((event: ReactKeyboardEvent) => {
    event.stopPropagation()
    const container = ref.current
    if (!container) return
    if (event.key === 'Escape' && latest.current.onEscape) {
      event.preventDefault()
      latest.current.onEscape()
      return
    }
    if (event.key !== 'Tab') return
    const items = focusablesIn(container)
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) {
      event.preventDefault()
      return
    }
    const current = document.activeElement
    if (event.shiftKey && (current === first || !container.contains(current))) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && (current === last || !container.contains(current))) {
      event.preventDefault()
      first.focus()
    }
  }, [])

  return { ref, onKeyDown }
}
