// Which node serves a workshop when devices or requests reach one that does not. A device
// the load balancer sends to another node is held there until the holder has handed the
// workshop over, then served (not refused and left to back off); a facilitator's request
// that lands on another node reads the workshop from the store and leaves it where it is.
import { describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import { CLOSE } from '../../shared/protocol.js';
import { createWorkshop, join, yClient, type YClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { clusterForFile, ownerOf } from './harness.js';

const env = clusterForFile({ leaseMs: 2000 });

function closes(client: YClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event: CloseEvent | null) => codes.push(event?.code ?? 0));
  return codes;
}

const nodeWs = (port: number) => `ws://127.0.0.1:${port}`;

describe('handing a workshop over between nodes', () => {
  it('a device sent to another node is served there once the holder hands over, without a refusal', async () => {
    const w = await createWorkshop(env.cluster.base, { title: 'Overdracht' });
    const p = await join(env.cluster.base, w.joinCode, 'carer');
    const [first, second] = env.cluster.nodes;
    const onFirst = yClient(nodeWs(first!.port), w.id, w.facilitatorToken);
    await onFirst.synced;
    new BoardDoc(onFirst.doc).addNote({ text: 'op de eerste', step: 'checkin', author: 'facilitator', createdAt: Date.now() }, 'n1');
    await waitFor(async () => (await ownerOf(env, w.id))?.owner === first!.name, 10_000, 'the first node holding the lease');
    const firstCloses = closes(onFirst);

    const onSecond = yClient(nodeWs(second!.port), w.id, p.participantToken);
    const secondCloses = closes(onSecond);
    try {
      await waitFor(() => onSecond.doc.getMap('notes').has('n1'), 15_000, 'the note on the device sent to the second node');
      expect(secondCloses).toEqual([]);
      expect((await ownerOf(env, w.id))?.owner).toBe(second!.name);
      // The first node let go and told its device to come back through the balancer.
      await waitFor(() => firstCloses.length > 0, 10_000, 'the first node closing its device');
      expect(firstCloses[0]).toBe(CLOSE.tryAgain);
    } finally {
      onFirst.destroy();
      onSecond.destroy();
    }
  });

  it('suggestions asked of a node that does not serve the workshop leave it where it is', async () => {
    const w = await createWorkshop(env.cluster.base, { title: 'Blijft staan' });
    const [first, second] = env.cluster.nodes;
    const onFirst = yClient(nodeWs(first!.port), w.id, w.facilitatorToken);
    await onFirst.synced;
    const board = new BoardDoc(onFirst.doc);
    for (let i = 0; i < 6; i++) {
      board.addNote({ text: i % 2 ? 'samen koffie drinken in de buurt' : 'de wijkverpleging belt de mantelzorger', step: 'discover', author: 'facilitator', createdAt: Date.now() }, `d${i}`);
    }
    const held = await waitFor(async () => {
      const lease = await ownerOf(env, w.id);
      return lease?.owner === first!.name ? lease : null;
    }, 10_000, 'the first node holding the lease');
    const firstCloses = closes(onFirst);
    // Stored before broadcast: once the device's own note came back, the store has it.
    await waitFor(async () => (await env.db.query('SELECT 1 FROM yjs_updates WHERE doc = $1', [w.id])).rowCount! > 0, 10_000, 'the notes stored');

    try {
      const res = await fetch(`http://127.0.0.1:${second!.port}/api/workshops/${w.id}/themes/suggest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${w.facilitatorToken}` },
        body: JSON.stringify({ step: 'discover' }),
      });
      expect(res.status).toBe(200);
      const answer = (await res.json()) as { suggestions: { noteIds: string[] }[] };
      expect(answer.suggestions.flatMap((s) => s.noteIds).length).toBeGreaterThan(0);
      // Longer than a renewal (a third of the lease): a hand-over asked for would have happened.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await ownerOf(env, w.id)).toEqual(held);
      expect(firstCloses).toEqual([]);
    } finally {
      onFirst.destroy();
    }
  });
});
