// Preloaded into a server under test (`node --expose-gc --import ./bench/lib/gc-probe.mjs …`)
// by B3 and bench/experiments: on SIGUSR2 it runs a full garbage collection and prints
// one line `[gc-probe] {json}` on stderr with process.memoryUsage() before and after,
// so the harness can report heap in use after GC beside RSS. Nothing else changes.
// With KW_PROBE_SNAPSHOT_DIR set it also writes a heap snapshot there.
import v8 from 'node:v8';

process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  const gc = globalThis.gc;
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  const after = process.memoryUsage();
  let snapshot = null;
  if (process.env.KW_PROBE_SNAPSHOT_DIR) snapshot = v8.writeHeapSnapshot(`${process.env.KW_PROBE_SNAPSHOT_DIR}/probe-${Date.now()}.heapsnapshot`);
  const heap = v8.getHeapStatistics();
  process.stderr.write(`[gc-probe] ${JSON.stringify({ gc: typeof gc === 'function', before, after, heap: { total: heap.total_heap_size, used: heap.used_heap_size, external: heap.external_memory }, snapshot })}\n`);
});
