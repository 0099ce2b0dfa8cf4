import { ENGINE_JS_FLAGS } from '../shared/runtime/engineHeap'

/** The part of Electron's `app.commandLine` this needs. */
export interface CommandLine {
  appendSwitch(name: string, value?: string): void
  getSwitchValue(name: string): string
}

/**
 * Gives the page's V8 a nursery that holds one analysis of a large diagram (see
 * shared/runtime/engineHeap.ts), keeping any js-flags the app was started with. Call before
 * the app is ready: Chromium reads its switches when it starts a renderer.
 */
export function tuneRendererHeap(commandLine: CommandLine): void {
  const given = commandLine.getSwitchValue('js-flags').trim()
  commandLine.appendSwitch('js-flags', given ? `${given} ${ENGINE_JS_FLAGS}` : ENGINE_JS_FLAGS)
}
