/** The canvas's own focus stop (React Flow's wrapper): where "Skip to canvas" lands. */
export function focusCanvas(): void {
  document.querySelector<HTMLElement>('#canvas .react-flow')?.focus()
}

/**
 * A node or edge deleted with the keyboard had focus; without this the focus would fall back to
 * the page and the next Tab would start again from the top.
 */
export function keepFocusInCanvas(): void {
  requestAnimationFrame(() => {
    if (document.activeElement === document.body || document.activeElement === null) focusCanvas()
  })
}
