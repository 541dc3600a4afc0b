// The export worker runs below the event loop's priority (server/export/thread-priority.ts),
// so a render never takes turns with the loop that serves live workshops at equal weight.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PdfWorkerPool } from '../../server/export/pdf-offthread.js';
import { EXPORT_THREAD_NICE } from '../../server/export/thread-priority.js';
import { houtenSnapshot } from './fixture.js';

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/<tid>/stat). */
function threadNices(): number[] {
  return fs.readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      return [Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
    } catch {
      return []; // the thread ended meanwhile
    }
  });
}

describe('export worker priority', () => {
  it('renders in a thread niced below the event loop, which keeps its own priority', async () => {
    const before = threadNices().filter((n) => n === EXPORT_THREAD_NICE).length;
    const pool = new PdfWorkerPool();
    try {
      const pdf = await pool.render(houtenSnapshot());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(threadNices().filter((n) => n === EXPORT_THREAD_NICE).length).toBe(before + 1);
      expect(Number(fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')[16])).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
