import { describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import { barrier, createWorkshop, join, yClient, type YClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

const seenBy = (observer: YClient, other: YClient): unknown => observer.provider.awareness.getStates().get(other.doc.clientID);

describe('presence (awareness) per role, with stock clients', () => {
  it('shows the facilitator everyone, and participants and the projector only the facilitator', async () => {
    const w = await createWorkshop(t.base);
    const [anna, bram] = await Promise.all([join(t.base, w.joinCode, 'carer'), join(t.base, w.joinCode, 'professional')]);
    const facilitator = yClient(t.ws, w.id, w.facilitatorToken);
    const a = yClient(t.ws, w.id, anna.participantToken);
    const b = yClient(t.ws, w.id, bram.participantToken);
    const projector = yClient(t.ws, w.id, w.projectorToken);
    const all = [facilitator, a, b, projector];
    await Promise.all(all.map((c) => c.synced));
    facilitator.provider.awareness.setLocalStateField('user', { name: 'Begeleider' });
    a.provider.awareness.setLocalStateField('user', { name: 'Anna' });
    b.provider.awareness.setLocalStateField('user', { name: 'Bram' });

    // The facilitator sees both participants; both participants and the projector see the facilitator.
    await waitFor(() => seenBy(facilitator, a) && seenBy(facilitator, b), 5000, 'both participants at the facilitator');
    for (const c of [a, b, projector]) await waitFor(() => seenBy(c, facilitator), 5000, 'the facilitator on every device');
    expect(seenBy(a, facilitator)).toEqual({ user: { name: 'Begeleider' } });

    // Everything the server relayed before the barrier has arrived: no participant's presence did.
    await barrier(t.ws, w.id, w.facilitatorToken, a, b, projector);
    expect(seenBy(a, b)).toBeUndefined();
    expect(seenBy(b, a)).toBeUndefined();
    expect(seenBy(projector, a)).toBeUndefined();
    expect(seenBy(projector, b)).toBeUndefined();

    // The stock clients still sync the board as before.
    new BoardDoc(a.doc).addNote({ text: 'Iemand die meedenkt', step: 'discover', author: anna.participantId, createdAt: 1, group: 'carer' }, 'n1');
    await waitFor(() => b.doc.getMap('notes').has('n1') && facilitator.doc.getMap('notes').has('n1'), 5000, 'the note everywhere');
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);

    // A participant who leaves disappears from the facilitator's presence.
    const bramId = b.doc.clientID;
    b.destroy();
    await waitFor(() => !facilitator.provider.awareness.getStates().has(bramId), 5000, 'Bram gone at the facilitator');
    for (const c of [facilitator, a, projector]) c.destroy();
  });

  it('tells a late participant who the facilitator is at once, and no one else', async () => {
    const w = await createWorkshop(t.base);
    const [anna, bram] = await Promise.all([join(t.base, w.joinCode), join(t.base, w.joinCode)]);
    const facilitator = yClient(t.ws, w.id, w.facilitatorToken);
    const a = yClient(t.ws, w.id, anna.participantToken);
    await Promise.all([facilitator.synced, a.synced]);
    facilitator.provider.awareness.setLocalStateField('user', { name: 'Begeleider' });
    a.provider.awareness.setLocalStateField('user', { name: 'Anna' });
    await waitFor(() => seenBy(facilitator, a), 5000, 'Anna at the facilitator');

    const late = yClient(t.ws, w.id, bram.participantToken);
    await late.synced;
    await waitFor(() => seenBy(late, facilitator), 5000, 'the facilitator at the late device');
    await barrier(t.ws, w.id, w.facilitatorToken, late);
    expect(seenBy(late, a)).toBeUndefined();
    for (const c of [facilitator, a, late]) c.destroy();
  });
});
