import { create } from 'zustand'

export type UnsavedChoice = 'save' | 'discard' | 'cancel'

interface UnsavedDialogState {
  request: { name: string; resolve: (choice: UnsavedChoice) => void } | undefined
}

export const useUnsavedDialog = create<UnsavedDialogState>()(() => ({ request: undefined }))

/** Asks Save / Don't Save / Cancel in a modal; resolves with the choice. */
export function askUnsavedChanges(name: string): Promise<UnsavedChoice> {
  return new Promise((resolve) => {
    useUnsavedDialog.setState({
      request: {
        name,
        resolve: (choice) => {
          useUnsavedDialog.setState({ request: undefined })
          resolve(choice)
        }
      }
    })
  })
}
