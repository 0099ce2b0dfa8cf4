import { useCallback, type KeyboardEvent } from 'react'
import {
  MULTIPLIER_FIELD,
  multiplierAt,
  multiplierText,
  nextPreset,
  SLIDER_MAX,
  sliderPosition,
  WHAT_IF_PRESETS
} from '../../../../shared/estimation/whatIf'
import { useNumberDraft } from '../../forms/useNumberDraft'
import { useWhatIf } from '../../store/whatIf'

/** A value typed key by key is used once the typing pauses this long (the inspector waits 600). */
const LIVE_COMMIT_MS = 400

/**
 * The what-if traffic multiplier: a log-scale slider (arrows step about 2 %, Page Up/Down go to
 * the next preset), a number box and the preset stops. Everything (problems, badges, cost)
 * follows it at once; it is not saved with the diagram.
 */
export function WhatIfControl() {
  const multiplier = useWhatIf((s) => s.trafficMultiplier)
  const setMultiplier = useWhatIf((s) => s.setTrafficMultiplier)
  const commit = useCallback(
    (value: number | undefined) => {
      if (value !== undefined) setMultiplier(value)
    },
    [setMultiplier]
  )
  const { draft, onChange, finish, clear, onKeyDown } = useNumberDraft({
    field: MULTIPLIER_FIELD,
    pauseMs: LIVE_COMMIT_MS,
    commit
  })

  const onTextKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (onKeyDown(e)) return
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault()
      clear()
      setMultiplier(multiplierAt(sliderPosition(multiplier) + (e.key === 'ArrowUp' ? 1 : -1)))
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault()
      clear()
      setMultiplier(nextPreset(multiplier, e.key === 'PageUp' ? 1 : -1))
    }
  }
  const onSliderKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault()
      setMultiplier(nextPreset(multiplier, e.key === 'PageUp' ? 1 : -1))
    }
  }

  return (
    <div className="what-if" role="group" aria-labelledby="what-if-title">
      <span id="what-if-title" className="what-if-title">
        What-if traffic
      </span>
      <input
        type="range"
        className="what-if-slider"
        aria-label="Traffic multiplier slider"
        aria-valuetext={`${multiplierText(multiplier)} traffic`}
        min={0}
        max={SLIDER_MAX}
        step={1}
        list="what-if-presets"
        value={sliderPosition(multiplier)}
        onChange={(e) => {
          clear()
          setMultiplier(multiplierAt(Number(e.target.value)))
        }}
        onKeyDown={onSliderKey}
        title="Arrows: about 2 % a step; Page Up / Page Down: the next preset; Home / End: 0.1× / 100×"
      />
      <datalist id="what-if-presets">
        {WHAT_IF_PRESETS.map((p) => (
          <option key={p} value={sliderPosition(p)} label={multiplierText(p)} />
        ))}
      </datalist>
      <span className={`what-if-number${draft?.error ? ' invalid' : ''}`}>
        <input
          type="text"
          role="spinbutton"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-label="Traffic multiplier (×)"
          aria-valuenow={multiplier}
          aria-valuemin={MULTIPLIER_FIELD.min}
          aria-valuemax={MULTIPLIER_FIELD.max}
          aria-invalid={draft?.error ? true : undefined}
          aria-describedby={draft?.error ? 'what-if-error' : undefined}
          value={draft ? draft.text : String(multiplier)}
          onChange={(e) => {
            onChange(e.target.value)
          }}
          onBlur={finish}
          onKeyDown={onTextKey}
        />
        ×
      </span>
      <span className="what-if-presets" role="group" aria-label="Preset multipliers">
        {WHAT_IF_PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={p === multiplier}
            onClick={() => {
              clear()
              setMultiplier(p)
            }}
          >
            {multiplierText(p)}
          </button>
        ))}
      </span>
      {draft?.error ? (
        <span className="field-error" id="what-if-error" role="alert">
          {draft.error} Still using {multiplierText(multiplier)}.
        </span>
      ) : null}
    </div>
  )
}

/** Says, wherever it is shown, that the figures are a what-if and not what the file holds. */
export function WhatIfNotice({ live = false }: { live?: boolean }) {
  const multiplier = useWhatIf((s) => s.trafficMultiplier)
  const setMultiplier = useWhatIf((s) => s.setTrafficMultiplier)
  if (multiplier === 1) return null
  return (
    <span
      className="what-if-notice"
      data-testid="what-if-notice"
      role={live ? 'status' : undefined}
    >
      What-if: {multiplierText(multiplier)} traffic — not saved
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setMultiplier(1)
        }}
      >
        Reset to 1×
      </button>
    </span>
  )
}
