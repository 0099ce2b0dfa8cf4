import { join } from 'node:path'
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { DIAGRAM_EXTENSION, safeFileStem } from '../shared/diagram/fileNames'
import type { ExportRequest } from '../shared/ipc/contract'

/** Options for the native dialogs, built by pure functions so tests can read them. */

type ExportFormat = ExportRequest['format']

const EXPORTS: Record<
  ExportFormat,
  { title: string; extension: string; filter: { name: string; extensions: string[] } }
> = {
  png: {
    title: 'Export PNG',
    extension: '.png',
    filter: { name: 'PNG image', extensions: ['png'] }
  },
  svg: {
    title: 'Export SVG',
    extension: '.svg',
    filter: { name: 'SVG image', extensions: ['svg'] }
  },
  // The JSON export is the diagram file format itself.
  json: {
    title: 'Export JSON',
    extension: DIAGRAM_EXTENSION,
    filter: { name: 'Pipewright diagram', extensions: ['pipewright.json', 'json'] }
  },
  yaml: {
    title: 'Export CloudFormation template',
    extension: '.yaml',
    filter: { name: 'CloudFormation template', extensions: ['yaml', 'yml'] }
  },
  csv: {
    title: 'Export bill of materials (CSV)',
    extension: '.csv',
    filter: { name: 'CSV spreadsheet', extensions: ['csv'] }
  },
  md: {
    title: 'Export bill of materials (Markdown)',
    extension: '.md',
    filter: { name: 'Markdown', extensions: ['md', 'markdown'] }
  }
}

/**
 * What Import… offers: templates (CloudFormation's own extensions, `.template` included) and
 * draw.io files, plain or embedded in an image. `.drawio.png` and `.drawio.svg` are listed by their
 * last part, which is all a native filter matches.
 */
const IMPORT_FILTERS = [
  {
    name: 'CloudFormation / SAM templates and draw.io files',
    extensions: ['yaml', 'yml', 'json', 'template', 'drawio', 'xml', 'png', 'svg']
  },
  { name: 'CloudFormation / SAM templates', extensions: ['yaml', 'yml', 'json', 'template'] },
  { name: 'draw.io diagrams', extensions: ['drawio', 'xml', 'png', 'svg'] },
  { name: 'All files', extensions: ['*'] }
]

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

export function importDialogOptions(folder: string): OpenDialogOptions {
  return {
    title: 'Import a CloudFormation template or a draw.io diagram',
    defaultPath: folder,
    properties: ['openFile'],
    filters: IMPORT_FILTERS
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
    title: EXPORTS[format].title,
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
