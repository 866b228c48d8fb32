// Preloaded into the soak's server processes (NODE_OPTIONS=--require, before ts-node, hence plain
// JavaScript; see bench/soak.ts). On SIGUSR2 the process runs full garbage collections and writes
// one line "SOAK_MEM <seq> <json of process.memoryUsage()>" to stderr, so the soak reads a resident
// size (VmRSS) that holds what the process keeps, not garbage V8 has not collected yet; with it,
// V8's heap spaces, the active handles (to tell what grew) and how many full (mark-compact) GCs
// ran for the reading, as V8 itself reports them. With SOAK_HEAP_SNAPSHOT_DIR set it can also
// write a heap snapshot (see bench/soak.ts). It does nothing else, and nothing at all unless
// signalled.
'use strict';
const v8 = require('node:v8');
const vm = require('node:vm');
const { PerformanceObserver, constants } = require('node:perf_hooks');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
let seq = 0;
// gc() without arguments: a full mark-compact on every V8. Not gc({ type: 'major', … }): Node 20's
// V8 (11.3) knows only the options type: 'minor' and execution: 'async', takes any other object
// as the old truthy argument and runs a *scavenge* (young generation only). That is what this
// preload used to call: every reading then counted the old generation's garbage, e.g. ~70 MiB of
// the failed connections of a database outage, as heap in use (and RSS), until some later GC.
const collect = () => gc();
// Counted by V8's own GC events, so a reading that did not follow a full GC shows it.
let fullGcs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullGcs++;
}).observe({ entryTypes: ['gc'] });
// A GC, a turn of the event loop (weak callbacks release closed sockets' handles), a GC, a turn
// (the GC events are delivered), then the reading.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
process.on('SIGUSR2', async () => {
  const fullGcsBefore = fullGcs;
  collect();
  await settle();
  collect();
  await settle();
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name] = s.space_used_size;
  const handles = {};
  for (const h of process._getActiveHandles()) handles[h?.constructor?.name ?? '?'] = (handles[h?.constructor?.name ?? '?'] ?? 0) + 1;
  const mem = { ...process.memoryUsage(), spaces, handles, requests: process._getActiveRequests().length, fullGcs: fullGcs - fullGcsBefore };
  process.stderr.write(`SOAK_MEM ${++seq} ${JSON.stringify(mem)}\n`);
  // SOAK_HEAP_SNAPSHOT_DIR set and a file <dir>/<pid>.want there: also write a heap snapshot.
  const dir = process.env.SOAK_HEAP_SNAPSHOT_DIR;
  if (dir && require('node:fs').existsSync(`${dir}/${process.pid}.want`)) {
    const file = v8.writeHeapSnapshot(`${dir}/${process.pid}-${seq}.heapsnapshot`);
    process.stderr.write(`SOAK_SNAPSHOT ${seq} ${file}\n`);
  }
});
// Under SOAK_TS_NODE=1 the soak's processes run under ts-node, whose source-map-support decodes and keeps the source map
// of every file that appears in an error's stack (typeorm's and Apollo's included): ~10 MiB of heap
// that appears with the first outage and stays. `npm start` (node dist/…) has no such cache, and
// the RSS check is about what the service keeps, so once ts-node has installed it (after this
// preload, before the first request) stack traces go back to V8's own formatting.
setImmediate(() => {
  Error.prepareStackTrace = undefined;
});
process.stderr.write('SOAK_GC_READY\n');
