// The export worker gives way to the event loop. Where there are fewer free cores than busy
// threads (a small VPS, or a server pinned to one core as the benchmarks pin it), a render at
// the same priority takes turns with the loop that serves live workshops, and every message
// waits for the render's time slice (B6: pings delayed 20–30 ms during an export).
import fs from 'node:fs';
import os from 'node:os';

/** The export worker's nice value: below the event loop, above idle work. */
export const EXPORT_THREAD_NICE = 10;

/**
 * Lowers the calling thread's scheduling priority. On Linux a thread is a task with a nice
 * value of its own, which setpriority takes by thread id; elsewhere nothing changes.
 */
export function lowerThisThreadPriority(nice = EXPORT_THREAD_NICE): boolean {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    os.setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
