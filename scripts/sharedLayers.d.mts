export declare const SHARED_LAYERS: readonly string[]
export declare function sharedLayerZones(): Array<{
  target: string
  from: string[]
  message: string
}>
