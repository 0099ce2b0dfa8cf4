import type { MenuCommand } from '../../../shared/ipc/channels'
import type { DraftSummary, DraftWrite } from '../../../shared/ipc/contract'

/** What opening a file gave: its text, nothing (the user canceled), or why it could not be read. */
export type OpenResult =
  | { canceled: true }
  | { canceled: false; text: string; name: string; path?: string }
  | { canceled: false; error: string }
/** A file picked for import: its bytes, for importSource to read. */
export type ImportPick =
  | { canceled: true }
  | { canceled: false; name: string; bytes: Uint8Array }
  | { canceled: false; error: string }
/** Exports made as text in the page: an image, the diagram, a template, a bill of materials. */
export type TextExportFormat = 'svg' | 'json' | 'yaml' | 'csv' | 'md'
export type SaveResult =
  | { canceled: true }
  | { canceled: false; name: string; path?: string }
  | { canceled: false; error: string }

/**
 * Everything the page needs from outside itself. The desktop build gets it from the preload
 * bridge; a plain browser (npm run web, and the end-to-end tests) gets file pickers, downloads
 * and localStorage instead, so the same UI and workflow run in both.
 */
export interface Platform {
  kind: 'desktop' | 'browser'
  open(): Promise<OpenResult>
  save(text: string, fileName: string, path: string | undefined): Promise<SaveResult>
  saveAs(text: string, fileName: string): Promise<SaveResult>
  /** Asks for a CloudFormation/SAM template or a draw.io file to import. */
  importFile(): Promise<ImportPick>
  exportFile(
    request:
      | { format: 'png'; fileName: string; bytes: Uint8Array }
      | { format: TextExportFormat; fileName: string; text: string }
  ): Promise<SaveResult>
  setDocumentState(name: string, dirty: boolean): void
  /** Autosaves one document's draft (never the user's file). */
  writeDraft(draft: DraftWrite): Promise<void>
  /** Drafts earlier sessions left, newest first, to offer in the recovery banner. */
  listDrafts(): Promise<DraftSummary[]>
  /** The draft's diagram text, or undefined when it has gone or would not load. */
  readDraft(id: string): Promise<string | undefined>
  discardDraft(id: string): Promise<void>
  /** Desktop: the window may close now. */
  confirmClose(): void
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  onOpenFile(listener: (file: OpenResult) => void): () => void
  onCloseRequested(listener: () => void): () => void
}
