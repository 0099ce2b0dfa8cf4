import { useReactFlow } from '@xyflow/react'
import { useMemo, useState, type DragEvent, type KeyboardEvent } from 'react'
import { searchServices } from '../../../shared/catalog/serviceSearch'
import { CATEGORIES, SERVICES, type ServiceDefinition } from '../../../shared/catalog/services'
import { FRAME_DRAG_TYPE, SERVICE_DRAG_TYPE } from '../canvas/dragTypes'
import type { GroupKind } from '../../../shared/diagram/types'
import { DEFAULT_CARD_SIZE } from '../../../shared/diagram/freeSpot'
import { SERVICE_ICONS } from '../icons/serviceIcons'
import { DEFAULT_NOTE_SIZE, GROUP_LABELS, useEditor } from '../store/diagramStore'
import { useRovingFocus } from './useRovingFocus'

const FRAMES: Array<{ id: GroupKind | 'note'; label: string }> = [
  { id: 'region', label: GROUP_LABELS.region },
  { id: 'vpc', label: GROUP_LABELS.vpc },
  { id: 'availability-zone', label: GROUP_LABELS['availability-zone'] },
  { id: 'on-premises', label: GROUP_LABELS['on-premises'] },
  { id: 'custom', label: 'Named group' },
  { id: 'note', label: 'Sticky note' }
]

/** Frames to group services in, and sticky notes: dragged or added with Enter like services. */
function FramesSection() {
  const { screenToFlowPosition } = useReactFlow()
  const add = (id: GroupKind | 'note') => {
    // A note is placed clear of the cards like a service; a frame goes in the middle, to be moved around them.
    if (id === 'note')
      return void useEditor
        .getState()
        .addNote(useEditor.getState().freeSpotInView(DEFAULT_NOTE_SIZE))
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect()
    const c = pane
      ? screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 }
    useEditor.getState().addGroup(id, { x: c.x - 230, y: c.y - 140 })
  }
  return (
    <section className="palette-group" aria-label="Frames and notes">
      <h3>Frames and notes</h3>
      <ul>
        {FRAMES.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              className={`palette-item frame-item frame-${f.id}`}
              draggable
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
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function Palette() {
  const [query, setQuery] = useState('')
  const roving = useRovingFocus('.palette-item', 'vertical')
  // Browsing shows the catalog by category; a search shows one list, best match first, so that
  // Tab from the search box reaches the service the person most likely meant.
  const groups = useMemo(
    () =>
      query.trim() === ''
        ? CATEGORIES.map((category) => ({
            id: category.id,
            name: category.name,
            services: SERVICES.filter((s) => s.category === category.id)
          }))
        : [{ id: 'matches', name: 'Best matches first', services: searchServices(query) }].filter(
            (g) => g.services.length > 0
          ),
    [query]
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
      <h2 className="panel-title">Services</h2>
      <input
        type="search"
        className="palette-search"
        placeholder="Search services…"
        aria-label="Search services"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Down from the search goes to the services it found.
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            roving.ref.current?.querySelector<HTMLElement>('.palette-item[tabindex="0"]')?.focus()
          }
        }}
      />
      <div
        className="palette-groups"
        ref={roving.ref}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        {groups.map(({ id, name, services }) => (
          <section key={id} className="palette-group" aria-label={name}>
            <h3>{name}</h3>
            <ul>
              {services.map((service) => (
                <li key={service.id}>
                  <button
                    type="button"
                    className={`palette-item category-${service.category}`}
                    draggable
                    // The visible text (name, and "retired") must be part of the name voice control users say.
                    aria-label={`Add ${service.name}${service.retired ? `, ${service.retired.tag ?? 'retired'}` : ''}`}
                    title={`${service.description}${service.aliases.length > 0 ? `\nAlso known as: ${service.aliases.join(', ')}` : ''}\nDrag onto the canvas, or press Enter to add it.`}
                    data-service={service.id}
                    onDragStart={(e) => onDragStart(e, service)}
                    onKeyDown={(e) => onKeyDown(e, service)}
                    onDoubleClick={() => addAtCentre(service)}
                  >
                    <img src={SERVICE_ICONS[service.id]} alt="" draggable={false} />
                    <span>{service.name}</span>
                    {service.retired ? (
                      <>
                        {' '}
                        <span className="retired-tag">{service.retired.tag ?? 'retired'}</span>
                      </>
                    ) : null}
                  </button>
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
