import { describe, expect, it } from 'vitest'
import { tuneRendererHeap, type CommandLine } from '../../src/main/rendererHeap'
import { ENGINE_JS_FLAGS, ENGINE_SEMI_SPACE_MB } from '../../src/shared/runtime/engineHeap'

/** Chromium's command line as Electron exposes it: the last value of a switch wins. */
function fakeCommandLine(initial: Record<string, string> = {}): CommandLine & { switches: Record<string, string> } {
  const switches = { ...initial }
  return {
    switches,
    appendSwitch(name, value = '') {
      switches[name] = value
    },
    getSwitchValue(name) {
      return switches[name] ?? ''
    },
  }
}

describe('tuneRendererHeap', () => {
  it('gives the page the engine nursery through js-flags', () => {
    const commandLine = fakeCommandLine()
    tuneRendererHeap(commandLine)
    expect(commandLine.switches['js-flags']).toBe(`--max-semi-space-size=${ENGINE_SEMI_SPACE_MB}`)
    expect(ENGINE_JS_FLAGS).toBe(commandLine.switches['js-flags'])
  })

  it('keeps js-flags the app was started with', () => {
    const commandLine = fakeCommandLine({ 'js-flags': '--expose-gc' })
    tuneRendererHeap(commandLine)
    expect(commandLine.switches['js-flags']).toBe(`--expose-gc ${ENGINE_JS_FLAGS}`)
  })
})
