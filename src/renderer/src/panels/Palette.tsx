import { useReactFlow } from '@xyflow/react'
import { useMemo, useState, type DragEvent, type KeyboardEvent } from 'react'
import { CATEGORIES, SERVICES, type ServiceDefinition } from '../../../shared/catalog/services'
import { FRAME_DRAG_TYPE, SERVICE_DRAG_TYPE } from '../canvas/Canvas'
import type { GroupKind } from '../../../shared/diagram/types'
import { DEFAULT_CARD_SIZE } from '../../../shared/diagram/freeSpot'
import { SERVICE_ICONS } from '../icons/serviceIcons'
import { DEFAULT_NOTE_SIZE, GROUP_LABELS, useEditor } from '../store/diagramStore'

function matches(service: ServiceDefinition, query: string): boolean {
  if (!query) return true
  const q = query.toLowerCase()
  return [service.name, service.id, service.description].some((text) => text.toLowerCase().includes(q))
}

const FRAMES: Array<{ id: GroupKind | 'note'; label: string }> = [
  { id: 'region', label: GROUP_LABELS.region },
  { id: 'vpc', label: GROUP_LABELS.vpc },
  { id: 'availability-zone', label: GROUP_LABELS['availability-zone'] },
  { id: 'on-premises', label: GROUP_LABELS['on-premises'] },
  { id: 'custom', label: 'Named group' },
  { id: 'note', label: 'Sticky note' },
]

/** Frames to group services in, and sticky notes: dragged or added with Enter like services. */
function FramesSection() {
  const { screenToFlowPosition } = useReactFlow()
  const add = (id: GroupKind | 'note') => {
    // A note is placed clear of the cards like a service; a frame goes in the middle, to be moved around them.
    if (id === 'note') return void useEditor.getState().addNote(useEditor.getState().freeSpotInView(DEFAULT_NOTE_SIZE))
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect()
    const c = pane ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 }
    useEditor.getState().addGroup(id, { x: c.x - 230, y: c.y - 140 })
  }
  return (
    <section className="palette-group" aria-label="Frames and notes">
      <h3>Frames and notes</h3>
      <ul>
        {FRAMES.map((f) => (
          <li
            key={f.id}
            className={`palette-item frame-item frame-${f.id}`}
            draggable
            tabIndex={0}
            role="button"
            aria-label={`Add ${f.label}`}
            data-frame={f.id}
            title="Drag onto the canvas, or press Enter to add it. Services dropped inside a frame move with it."
            onDragStart={(e) => {
              e.dataTransfer.setData(FRAME_DRAG_TYPE, f.id)
              e.dataTransfer.effectAllowed = 'copy'
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault()
                add(f.id)
              }
            }}
            onDoubleClick={() => add(f.id)}
          >
            <span className="frame-swatch" aria-hidden="true" />
            <span>{f.label}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function Palette() {
  const [query, setQuery] = useState('')
  const groups = useMemo(
    () =>
      CATEGORIES.map((category) => ({
        category,
        services: SERVICES.filter((s) => s.category === category.id && matches(s, query.trim())),
      })).filter((g) => g.services.length > 0),
    [query],
  )

  const addAtCentre = (service: ServiceDefinition) => {
    const state = useEditor.getState()
    state.addNode(service.id, state.freeSpotInView(DEFAULT_CARD_SIZE))
  }

  const onDragStart = (event: DragEvent, service: ServiceDefinition) => {
    event.dataTransfer.setData(SERVICE_DRAG_TYPE, service.id)
    event.dataTransfer.effectAllowed = 'copy'
  }

  const onKeyDown = (event: KeyboardEvent, service: ServiceDefinition) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      addAtCentre(service)
    }
  }

  return (
    <aside className="palette" aria-label="Services">
      <div className="panel-title">Services</div>
      <input
        type="search"
        className="palette-search"
        placeholder="Search services…"
        aria-label="Search services"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="palette-groups">
        {groups.map(({ category, services }) => (
          <section key={category.id} className="palette-group" aria-label={category.name}>
            <h3>{category.name}</h3>
            <ul>
              {services.map((service) => (
                <li
                  key={service.id}
                  className={`palette-item category-${service.category}`}
                  draggable
                  tabIndex={0}
                  role="button"
                  aria-label={`Add ${service.name}`}
                  title={`${service.description}\nDrag onto the canvas, or press Enter to add it.`}
                  data-service={service.id}
                  onDragStart={(e) => onDragStart(e, service)}
                  onKeyDown={(e) => onKeyDown(e, service)}
                  onDoubleClick={() => addAtCentre(service)}
                >
                  <img src={SERVICE_ICONS[service.id]} alt="" draggable={false} />
                  <span>{service.name}</span>
                  {service.retired ? <span className="retired-tag">retired</span> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 ? <p className="muted">No service matches “{query}”.</p> : null}
        {query.trim() === '' ? <FramesSection /> : null}
      </div>
    </aside>
  )
}
