import { join } from 'node:path'
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { DIAGRAM_EXTENSION, safeFileStem } from '../shared/diagram/fileNames'
import type { ExportRequest } from '../shared/ipc/contract'

/** Options for the native dialogs, built by pure functions so tests can read them. */

type ExportFormat = ExportRequest['format']

const EXPORTS: Record<
  ExportFormat,
  { extension: string; filter: { name: string; extensions: string[] } }
> = {
  png: { extension: '.png', filter: { name: 'PNG image', extensions: ['png'] } },
  svg: { extension: '.svg', filter: { name: 'SVG image', extensions: ['svg'] } },
  // The JSON export is the diagram file format itself.
  json: {
    extension: DIAGRAM_EXTENSION,
    filter: { name: 'Pipewright diagram', extensions: ['pipewright.json', 'json'] }
  }
}

export function defaultSaveName(suggestedName: string): string {
  return `${safeFileStem(suggestedName)}${DIAGRAM_EXTENSION}`
}

export function defaultExportName(suggestedName: string, format: ExportFormat): string {
  return `${safeFileStem(suggestedName)}${EXPORTS[format].extension}`
}

export function openDialogOptions(folder: string): OpenDialogOptions {
  return {
    title: 'Open diagram',
    defaultPath: folder,
    properties: ['openFile'],
    filters: [
      {
        name: 'Pipewright diagrams and exported images',
        extensions: ['pipewright.json', 'json', 'png', 'svg']
      },
      { name: 'Pipewright diagrams', extensions: ['pipewright.json', 'json'] },
      { name: 'PNG images exported by Pipewright', extensions: ['png'] },
      { name: 'SVG images exported by Pipewright', extensions: ['svg'] },
      { name: 'All files', extensions: ['*'] }
    ]
  }
}

export function saveDialogOptions(folder: string, suggestedName: string): SaveDialogOptions {
  return {
    title: 'Save diagram',
    defaultPath: join(folder, defaultSaveName(suggestedName)),
    filters: [{ name: 'Pipewright diagrams', extensions: ['pipewright.json'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory']
  }
}

export function exportDialogOptions(
  folder: string,
  suggestedName: string,
  format: ExportFormat
): SaveDialogOptions {
  return {
    title: `Export ${format.toUpperCase()}`,
    defaultPath: join(folder, defaultExportName(suggestedName, format)),
    filters: [EXPORTS[format].filter],
    properties: ['showOverwriteConfirmation', 'createDirectory']
  }
}

export const OVERWRITE_BUTTON = 0

export function conflictMessageOptions(name: string): MessageBoxOptions {
  return {
    type: 'warning',
    message: `“${name}” changed on disk since you opened it.`,
    detail:
      'Overwrite replaces the version on disk with yours. Cancel leaves the file as it is; you can then save yours under another name with Save As….',
    buttons: ['Overwrite', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true
  }
}
