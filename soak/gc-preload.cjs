// Preloaded into the soak's server processes (NODE_OPTIONS=--require, before ts-node, hence plain
// JavaScript; see bench/soak.ts). On SIGUSR2 the process runs V8's "last resort" full garbage
// collection (the one V8 runs before giving up on memory: it also hands free pages back to the
// system) and writes one line "SOAK_MEM <seq> <json of process.memoryUsage()>" to stderr, so the
// soak reads a resident size (VmRSS) that holds what the process keeps, not garbage or free heap
// V8 has not returned yet; with it, V8's heap spaces and the active handles, to tell what grew.
// With SOAK_HEAP_SNAPSHOT_DIR set it can also write a heap snapshot (see bench/soak.ts). It does
// nothing else, and nothing at all unless signalled.
'use strict';
const v8 = require('node:v8');
const vm = require('node:vm');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
let seq = 0;
const collect = () => {
  try {
    gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } catch {
    gc(); // a V8 without the options
  }
};
// One full GC is not enough: objects released by weak callbacks and finalizers in that GC (sockets,
// their buffers: the failed connections of an outage) are only collected by the next one, after
// those callbacks have run. A single GC read up to 100 MiB of such garbage as heap in use; so: a GC,
// a turn of the event loop for the callbacks, a GC, then the reading.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
process.on('SIGUSR2', async () => {
  collect();
  await settle();
  collect();
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name] = s.space_used_size;
  const handles = {};
  for (const h of process._getActiveHandles()) handles[h?.constructor?.name ?? '?'] = (handles[h?.constructor?.name ?? '?'] ?? 0) + 1;
  const mem = { ...process.memoryUsage(), spaces, handles, requests: process._getActiveRequests().length };
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
