import { create } from 'zustand'
import type { Recovery } from '../platform/platform'

/** A recovered autosave waiting for the user to restore or discard it. */
export const useRecoveryOffer = create<{ offer: Recovery | undefined }>()(() => ({ offer: undefined }))

/** How long after the last change the autosave is written. */
export const AUTOSAVE_DELAY_MS = 2000
