import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { parseNumberField, type ConfigField } from '../../../shared/estimation/configFields'
import { registerPendingEdit } from './pendingEdits'

type NumberConfigField = Extract<ConfigField, { kind: 'number' }>

/** What is in the box while it differs from the value in use, and why it is refused if it is. */
export interface NumberDraft {
  text: string
  error?: string
}

export interface NumberDraftOptions {
  field: NumberConfigField
  /**
   * Typing that pauses this long commits the value, so the figures follow along; never per
   * keystroke: "1." or the "20" on the way to "200" is not a value anyone meant.
   */
  pauseMs: number
  /** Takes a complete, in-range value (undefined: an optional field was emptied). */
  commit: (value: number | undefined) => void
  /** The draft to start from, e.g. a refusal kept from the last time the field was shown. */
  initial?: NumberDraft
  /** Every draft change, to keep a refusal somewhere that outlives the component. */
  onDraft?: (draft: NumberDraft | undefined) => void
  /** The edit is over (committed on Enter or blur, or reverted with Escape). */
  onSettled?: () => void
  /**
   * Save, Export and Close commit the text first (see pendingEdits), and so does unmounting; off,
   * a draft still typed when the control goes is dropped.
   */
  pendingEdit?: boolean
}

/**
 * The typing behaviour the number boxes share: the text is kept as typed, committed once the
 * typing pauses, on Enter and on blur; a refused value keeps its message (and the value in use)
 * until fixed; Escape goes back to the value in use and stops there (it would close the panel).
 */
export function useNumberDraft(options: NumberDraftOptions) {
  const { field, pauseMs, commit, onDraft, onSettled, pendingEdit = false } = options
  const [draft, setDraftState] = useState<NumberDraft | undefined>(() => options.initial)
  // finish() runs from blur, unmount and Save; it reads the draft here, not from a stale render.
  const draftRef = useRef(draft)
  const setDraft = useCallback(
    (next: NumberDraft | undefined) => {
      draftRef.current = next
      onDraft?.(next)
      setDraftState(next)
    },
    [onDraft]
  )
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const cancelTimer = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current)
    timer.current = undefined
  }, [])

  const finish = useCallback(() => {
    cancelTimer()
    const d = draftRef.current
    if (!d) return
    const parsed = parseNumberField(field, d.text, true)
    if ('error' in parsed) {
      setDraft({ text: d.text, error: parsed.error })
      return
    }
    if ('value' in parsed) commit(parsed.value)
    onSettled?.()
    setDraft(undefined)
  }, [field, commit, onSettled, setDraft, cancelTimer])

  const latestFinish = useRef(finish)
  latestFinish.current = finish
  useEffect(() => {
    if (!pendingEdit) return cancelTimer
    const unregister = registerPendingEdit(() => {
      latestFinish.current()
    })
    return () => {
      unregister()
      latestFinish.current()
    }
  }, [pendingEdit, cancelTimer])

  const onChange = (text: string) => {
    cancelTimer()
    const parsed = parseNumberField(field, text, false)
    if ('error' in parsed) {
      setDraft({ text, error: parsed.error })
      return
    }
    setDraft({ text })
    if ('value' in parsed) {
      const value = parsed.value
      timer.current = setTimeout(() => {
        timer.current = undefined
        commit(value)
      }, pauseMs)
    }
  }

  /** Drops the draft and any commit still waiting, for a value set some other way. */
  const clear = () => {
    cancelTimer()
    setDraft(undefined)
  }

  /** Enter and Escape; true when the key was the draft's (the caller handles the rest). */
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): boolean => {
    if (e.key === 'Enter') {
      e.preventDefault()
      finish()
      return true
    }
    if (e.key === 'Escape' && draft) {
      e.preventDefault()
      e.stopPropagation()
      clear()
      onSettled?.()
      return true
    }
    return false
  }

  return { draft, onChange, finish, clear, onKeyDown }
}
