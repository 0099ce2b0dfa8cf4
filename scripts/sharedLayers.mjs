// The layers inside src/shared, lowest first: a folder may import its own files and the folders
// before it, never one after it. eslint.config.mjs turns this into import-x/no-restricted-paths
// zones; ARCHITECTURE.md explains each layer.
export const SHARED_LAYERS = [
  'catalog',
  'mechanisms',
  'diagram',
  'graph',
  'layout',
  'validation',
  'estimation',
  'analysis',
  'theme',
  'interchange',
  'diff',
  'report',
  'ipc',
  'security'
]

export function sharedLayerZones() {
  return SHARED_LAYERS.slice(0, -1).map((layer, i) => ({
    target: `./src/shared/${layer}`,
    from: SHARED_LAYERS.slice(i + 1).map((above) => `./src/shared/${above}`),
    message: `src/shared/${layer} sits below ${SHARED_LAYERS.slice(i + 1).join(', ')}: it must not import them.`
  }))
}
