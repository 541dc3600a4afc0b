// A facilitator opening a console warms the export worker (EXPORT_WARM_UP, on by default),
// so the first report does not wait for the worker to start; nobody else does.
import { describe, expect, it } from 'vitest';
import { createWorkshop, join, lastState, roomClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile({ warmExports: true });

describe('export warm-up', () => {
  it('starts the PDF worker when a facilitator connects, not for a participant or projector, and the export uses it', async () => {
    const w = await createWorkshop(t.base, { title: 'Respijtzorg Houten' });
    const p = await join(t.base, w.joinCode, 'carer', 'Anja');
    const phone = roomClient(t.base, p.participantToken, w.id);
    const projector = roomClient(t.base, w.projectorToken, w.id);
    await lastState(phone);
    await lastState(projector);
    expect(t.server.pdf.starts).toBe(0);

    const facilitator = roomClient(t.base, w.facilitatorToken, w.id);
    await lastState(facilitator);
    await waitFor(() => t.server.pdf.starts === 1, 5000, 'the worker started');
    const res = await fetch(`${t.base}/api/workshops/${w.id}/export.pdf`, { headers: { authorization: `Bearer ${w.facilitatorToken}` } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    // A second console (a reload) finds the worker running and starts no other.
    const again = roomClient(t.base, w.facilitatorToken, w.id);
    await lastState(again);
    expect(t.server.pdf.starts).toBe(1);
    for (const client of [phone, projector, facilitator, again]) client.close();
  });
});
