import { useRef } from 'react'
import { loadDiagram } from '../../../shared/diagram/loadDiagram'
import { openTemplate } from '../commands/fileCommands'
import { useFocusTrap } from '../dialogs/useFocusTrap'
import index from '../../../../resources/templates/index.json'

// Templates are diagram files in resources/templates, bundled as text and loaded like any file.
const FILES = import.meta.glob<string>('../../../../resources/templates/*.pipewright.json', {
  query: '?raw',
  import: 'default',
  eager: true
})

interface TemplateEntry {
  file: string
  title: string
  description: string
}

function templateText(file: string): string | undefined {
  const key = Object.keys(FILES).find((k) => k.endsWith(`/${file}`))
  return key ? FILES[key] : undefined
}

export function TemplateGallery({ onClose }: { onClose: () => void }) {
  const first = useRef<HTMLButtonElement>(null)
  const trap = useFocusTrap({ onEscape: onClose, initialFocus: () => first.current })
  const entries = (index as TemplateEntry[]).map((t) => {
    const text = templateText(t.file)
    const loaded = text ? loadDiagram(text) : undefined
    return { ...t, text, nodes: loaded?.ok ? loaded.diagram.nodes.length : 0 }
  })
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="modal gallery"
        role="dialog"
        aria-modal="true"
        aria-labelledby="gallery-title"
        ref={trap.ref}
        onKeyDown={trap.onKeyDown}
      >
        <h2 id="gallery-title">New from template</h2>
        <p className="muted">
          Reference architectures drawn from the AWS big-data notes, with realistic traffic on their
          sources.
        </p>
        <ul className="template-list">
          {entries.map((t, i) => (
            <li key={t.file}>
              <button
                type="button"
                ref={i === 0 ? first : undefined}
                className="template-card"
                data-template={t.file}
                disabled={!t.text}
                onClick={() => {
                  onClose()
                  if (t.text) void openTemplate(t.title, t.text)
                }}
              >
                <strong>{t.title}</strong>
                <span>{t.description}</span>
                <span className="muted">{t.nodes} services</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="modal-actions">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  )
}
