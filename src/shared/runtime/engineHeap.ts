/**
 * V8's young generation for the process that runs the engine (the app's page).
 *
 * Validating and estimating a diagram makes about 2 KB of results per node, all alive until the
 * call returns. At 10,000 nodes that is more than V8's default nursery (16 MB semi-spaces on
 * 64-bit), so every scavenge inside the call copies the live results: measured in Node 20,
 * 10,000 nodes took a median of 45–73 ms with 13–23 ms of it in the collector, against 31 ms
 * and none with 32 MB semi-spaces (1,000 nodes: 2.0 ms either way). The app's page runs with
 * this; see bench/results.json and README "Performance" for the latest figures.
 */
export const ENGINE_SEMI_SPACE_MB = 32

/** The V8 flags that give a process that nursery (Electron: the `js-flags` switch). */
export const ENGINE_JS_FLAGS = `--max-semi-space-size=${ENGINE_SEMI_SPACE_MB}`
