// Workshops expire after the retention period since their last activity (AVG/GDPR).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { LevelStore } from '../../server/store/level-store.js';
import { createWorkshops } from '../../server/workshops/workshops.js';
import { defaultConfig } from '../../server/config.js';
import { tempDataDir } from '../helpers/server.js';

const DAY = 24 * 3600 * 1000;

describe('retention', () => {
  it('deletes a workshop 90 days after its last activity, not before, and activity postpones it', async () => {
    const store = await LevelStore.open(path.join(tempDataDir(), 'db'));
    const { creation, joining, records, retention, roomState, authenticate } = createWorkshops(store, defaultConfig(), 'http://localhost');
    const now = Date.UTC(2026, 0, 1);
    const idle = await creation.create({ title: 'Stil' }, now);
    const busy = await creation.create({ title: 'Druk' }, now);
    const joined = await joining.join({ code: idle.joinCode, group: 'carer', name: 'Ria' }, '127.0.0.1', now);

    await records.update(busy.id, () => undefined, now + 60 * DAY);
    const state = roomState((await records.get(idle.id))!, now);
    expect(state.expiresAt).toBe(now + 90 * DAY);

    expect(await retention.expire(now + 89 * DAY)).toEqual([]);
    expect(await retention.expire(now + 91 * DAY)).toEqual([idle.id]);
    expect(await store.getWorkshop(idle.id)).toBeNull();
    expect(await store.listParticipants(idle.id)).toEqual([]);
    expect(await authenticate(joined.participantToken)).toBeNull();
    expect(await authenticate(idle.facilitatorToken)).toBeNull();
    expect(await store.getWorkshop(busy.id)).not.toBeNull();
    await store.close();
  });
});
