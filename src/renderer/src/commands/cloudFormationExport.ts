import { safeFileStem } from '../../../shared/diagram/fileNames'
import { exportTemplate } from '../../../shared/interchange/cloudformation/exportTemplate'
import { flushPendingEdits } from '../forms/pendingEdits'
import { platform } from '../platform/platform'
import { useEditor } from '../store/diagramStore'
import { message } from './fileCommands'

function count(n: number, one: string, many: string): string {
  return `${String(n)} ${n === 1 ? one : many}`
}

/** File → Export → CloudFormation template…: the diagram as a template, then what it holds. */
export async function exportCloudFormation(): Promise<void> {
  flushPendingEdits()
  const state = useEditor.getState()
  const { diagram } = state
  if (diagram.nodes.length === 0) {
    state.setNotice({ kind: 'error', text: 'Nothing to export: the diagram is empty.' })
    return
  }
  try {
    const { text, report } = exportTemplate(diagram)
    const result = await platform().exportFile({
      format: 'yaml',
      fileName: `${safeFileStem(diagram.name)}.yaml`,
      text
    })
    if (result.canceled) return
    if ('error' in result) {
      state.setNotice({ kind: 'error', text: `Export failed: ${result.error}` })
      return
    }
    const parts = [
      count(report.resources.length, 'resource', 'resources'),
      `${count(report.skipped.length, 'node', 'nodes')} without a resource type skipped`,
      `${count(report.leftToUser.length, 'item', 'items')} left to you (listed in its Metadata)`
    ]
    state.setNotice({ kind: 'info', text: `Exported ${result.name}: ${parts.join(', ')}.` })
  } catch (err) {
    state.setNotice({ kind: 'error', text: `CloudFormation export failed: ${message(err)}` })
  }
}
