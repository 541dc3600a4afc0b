// Three nodes behind HAProxy: one big workshop (60 participants) and 20 small ones at
// once. Every note reaches every device of its workshop, and each workshop is served by
// exactly one node.
import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait.js';
import { addNote, clusterForFile, noteIds, ownerOf, percentile, waitForCluster, workshopWithDevices } from './harness.js';
import { emitAck, lastState } from '../helpers/clients.js';

const env = clusterForFile();

describe('three nodes behind HAProxy', () => {
  it('60 participants of one workshop and 20 other workshops: every note reaches every device', async () => {
    const t0 = Date.now();
    const big = await workshopWithDevices(env, 60, 'Zomertop mantelzorg');
    const small = await Promise.all(Array.from({ length: 20 }, (_, i) => workshopWithDevices(env, 2, `Buurtkring ${i}`)));
    console.log(`[cluster fan-out] 121 devices joined and synced in ${Date.now() - t0} ms`);

    // The room channel works across the cluster too: a step set by the facilitator
    // reaches every participant's socket.io connection.
    expect(await emitAck(big.facilitator.room, 'step:set', { step: 'discover' })).toEqual({ ok: true });
    await waitFor(async () => {
      for (const p of big.people) if ((await lastState(p.room)).step !== 'discover') return false;
      return true;
    }, 15_000, 'the step on every participant');

    const sentAt = new Map<string, number>();
    const arrivals: number[] = [];
    const everyone = [big.facilitator, ...big.people];
    for (const d of everyone) {
      d.board.doc.getMap('notes').observe((event) => {
        for (const key of event.keysChanged) {
          const at = sentAt.get(key);
          if (at !== undefined && event.transaction.origin !== null) arrivals.push(Date.now() - at);
        }
      });
    }
    for (const [i, p] of big.people.entries()) {
      const id = `big-${i}`;
      sentAt.set(id, Date.now());
      addNote(p, id, 'discover');
    }
    for (const [j, s] of small.entries()) s.people.forEach((p, i) => addNote(p, `small-${j}-${i}`));

    const expectedBig = big.people.map((_, i) => `big-${i}`).sort();
    await waitForCluster(env, everyone, () => everyone.every((d) => noteIds(d).join() === expectedBig.join()), 30_000, 'every note of the big workshop on all 61 devices');
    for (const [j, s] of small.entries()) {
      const expected = s.people.map((_, i) => `small-${j}-${i}`).sort();
      await waitFor(() => [s.facilitator, ...s.people].every((d) => noteIds(d).join() === expected.join()), 15_000, `the notes of small workshop ${j}`);
    }

    // One writer per workshop, and the workshops spread over the nodes.
    const owners = new Map<string, number>();
    for (const w of [big.w, ...small.map((s) => s.w)]) {
      const lease = await ownerOf(env, w.id);
      expect(lease, `a live lease for ${w.id}`).not.toBeNull();
      owners.set(lease!.owner, (owners.get(lease!.owner) ?? 0) + 1);
    }
    expect(owners.size).toBeGreaterThan(1);
    console.log(
      `[cluster fan-out] 61 devices x 60 notes + 20 workshops x 3 devices: ${arrivals.length} deliveries, ` +
        `p50 ${percentile(arrivals, 50)} ms, p99 ${percentile(arrivals, 99)} ms; workshops per node ${JSON.stringify(Object.fromEntries(owners))}`,
    );
    expect(arrivals.length).toBe(60 * 60);
  }, 300_000);
});
