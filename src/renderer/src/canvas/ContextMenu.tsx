import { useReactFlow } from '@xyflow/react'
import { useEffect, useState } from 'react'
import { create } from 'zustand'
import { getService, SERVICE_IDS, serviceName } from '../../../shared/catalog/services'
import { servicesBetween } from '../../../shared/validation/edgeCheck'
import { autoLayout } from '../commands/layoutCommand'
import { canPasteFromMenu, pasteLastCopied } from '../commands/useClipboard'
import { moveMenuFocus } from '../dialogs/menuKeys'
import { useFocusTrap } from '../dialogs/useFocusTrap'
import { focusCanvas } from './canvasFocus'
import { analysisFor } from '../store/analysis'
import { useEditor } from '../store/diagramStore'

export type MenuTarget =
  { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'pane' }

const useContextMenu = create<{
  open: { x: number; y: number; target: MenuTarget } | undefined
}>()(() => ({ open: undefined }))

export function openContextMenu(x: number, y: number, target: MenuTarget): void {
  useContextMenu.setState({ open: { x, y, target } })
}

function close(): void {
  useContextMenu.setState({ open: undefined })
}

const INSERTABLE = SERVICE_IDS.filter(
  (id) => !getService(id).retired && getService(id).category !== 'security'
)

interface Item {
  label: string
  run: () => void
  danger?: boolean
}

function EdgeInsertList({ edgeId }: { edgeId: string }) {
  const edge = useEditor((s) => s.diagram.edges.find((e) => e.id === edgeId))
  const nodes = useEditor((s) => s.diagram.nodes)
  if (!edge) return null
  const source = nodes.find((n) => n.id === edge.source)
  const target = nodes.find((n) => n.id === edge.target)
  if (!source || !target) return null
  const options = servicesBetween(source.service, target.service, INSERTABLE)
  if (options.length === 0) return <p className="menu-note">No service fits between these two.</p>
  return (
    <div className="menu-section" role="group" aria-label="Insert service between">
      <p className="menu-note">Insert service between</p>
      {options.map((o) => (
        <button
          key={o.service}
          type="button"
          role="menuitem"
          onClick={() => {
            close()
            useEditor.getState().applyFix({
              kind: 'insert-services',
              edgeId,
              services: [o.service],
              description: `Insert ${serviceName(o.service)}`
            })
          }}
        >
          {serviceName(o.service)}
          {o.verdict === 'warning' ? ' ⚠' : ''}
        </button>
      ))}
    </div>
  )
}

export function ContextMenu() {
  const open = useContextMenu((s) => s.open)
  const flow = useReactFlow()
  const trap = useFocusTrap({ active: !!open, onEscape: close, fallbackFocus: focusCanvas })
  const root = trap.ref
  const [showInsert, setShowInsert] = useState(false)

  useEffect(() => {
    setShowInsert(false)
    if (!open) return
    root.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus()
    const away = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) close()
    }
    window.addEventListener('mousedown', away)
    return () => window.removeEventListener('mousedown', away)
  }, [open, root])

  // The insert list replaces the item that had focus: keep focus in the menu.
  useEffect(() => {
    if (showInsert) root.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus()
  }, [showInsert, root])

  if (!open) return null
  const state = useEditor.getState()
  const items: Item[] = []
  const { target } = open
  if (target.kind === 'node') {
    const fixes = (analysisFor(state.diagram).nodeProblems.get(target.id) ?? []).filter(
      (p) => p.fix
    )
    for (const p of fixes)
      items.push({ label: p.fix!.description, run: () => state.applyFix(p.fix!) })
    items.push({ label: 'Duplicate', run: () => state.duplicateSelection() })
    // execCommand fires the page's own copy event, which useClipboard answers with the selection;
    // navigator.clipboard would write text without it.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
    items.push({ label: 'Copy', run: () => document.execCommand('copy') })
    if (state.selection.nodeIds.size >= 2)
      items.push({ label: 'Auto-layout selection', run: () => void autoLayout(flow) })
    items.push({ label: 'Delete', run: () => state.deleteSelection(), danger: true })
  } else if (target.kind === 'edge') {
    const fix = analysisFor(state.diagram).problems.find(
      (p) => p.edgeId === target.id && p.fix
    )?.fix
    if (fix) items.push({ label: `Apply fix: ${fix.description}`, run: () => state.applyFix(fix) })
    items.push({ label: 'Insert service between…', run: () => setShowInsert(true) })
    items.push({ label: 'Delete', run: () => state.removeElements([], [target.id]), danger: true })
  } else {
    if (canPasteFromMenu()) items.push({ label: 'Paste', run: () => pasteLastCopied() })
    items.push({ label: 'Select all', run: () => state.selectAll() })
    items.push({ label: 'Auto-layout', run: () => void autoLayout(flow) })
    items.push({
      label: 'Fit view',
      run: () => void flow.fitView({ padding: 0.2, maxZoom: 1.2, duration: 300 })
    })
  }

  return (
    <div
      ref={root}
      className="menu context-menu"
      role="menu"
      aria-label="Context menu"
      style={{ left: open.x, top: open.y }}
      onKeyDown={(e) => {
        trap.onKeyDown(e)
        moveMenuFocus(e, root.current)
      }}
    >
      {showInsert && target.kind === 'edge' ? (
        <EdgeInsertList edgeId={target.id} />
      ) : (
        items.map((item) => (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            className={item.danger ? 'danger' : undefined}
            onClick={() => {
              if (item.label !== 'Insert service between…') close()
              item.run()
            }}
          >
            {item.label}
          </button>
        ))
      )}
    </div>
  )
}
