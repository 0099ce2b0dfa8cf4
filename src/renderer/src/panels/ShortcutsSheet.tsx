import { useRef } from 'react'
import { COMMANDS } from '../commands/commands'
import { keyLabel } from '../commands/keys'
import { useFocusTrap } from '../dialogs/useFocusTrap'

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null)
  const trap = useFocusTrap({ onEscape: onClose, initialFocus: () => closeButton.current })
  const groups = ['File', 'Edit', 'View', 'Help'] as const
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="modal shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        ref={trap.ref}
        onKeyDown={trap.onKeyDown}
      >
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <div className="shortcut-groups">
          {groups.map((group) => (
            <section key={group}>
              <h3>{group}</h3>
              <dl>
                {COMMANDS.filter((c) => c.group === group && c.keys.length > 0).map((c) => (
                  <div key={c.id} className="shortcut-row">
                    <dt>{c.label}</dt>
                    <dd>
                      {c.keys.map((k) => (
                        <kbd key={k}>{keyLabel(k)}</kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <p className="muted">
          Palette: arrow keys move between services, Enter adds one at the centre. Canvas: Tab moves
          between edges and nodes, Enter selects, arrow keys move, Shift+F10 opens the menu;
          Shift-click or drag with Shift adds to the selection.
        </p>
        <div className="modal-actions">
          <span className="spacer" />
          <button type="button" ref={closeButton} className="primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
