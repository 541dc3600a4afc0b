// Workshops expire after the retention period since their last activity (AVG/GDPR).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createWorkshops } from '../../server/workshops/workshops.js';
import { defaultConfig } from '../../server/config.js';
import { openTestStore, tempDataDir } from '../helpers/server.js';
import { SeriesService } from '../../server/series/series.js';

const DAY = 24 * 3600 * 1000;

describe('retention', () => {
  it('deletes a workshop 90 days after its last activity, not before, and activity postpones it', async () => {
    const store = await openTestStore(path.join(tempDataDir(), 'db'));
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

  it('keeps a meeting of a series while any meeting of the series is active, then the series goes too', async () => {
    const store = await openTestStore(path.join(tempDataDir(), 'db'));
    const { creation, records, retention, links, authenticateSeries } = createWorkshops(store, defaultConfig(), 'http://localhost');
    const series = new SeriesService(store, records, links, retention.ms);
    const now = Date.UTC(2026, 0, 1);
    const network = await series.create({ name: 'Leernetwerk' }, now);
    const first = await creation.create({ title: 'Eerste' }, now);
    const loose = await creation.create({ title: 'Los' }, now);
    await series.addMeeting(network.id, first.id, now);
    const second = await creation.create({ title: 'Tweede' }, now + 80 * DAY);
    await series.addMeeting(network.id, second.id, now + 80 * DAY);

    // Day 100: the first meeting is 100 days idle, but its series was active on day 80.
    expect(await retention.expire(now + 100 * DAY)).toEqual([loose.id]);
    expect(await store.getWorkshop(first.id)).not.toBeNull();
    expect((await series.view(await series.require(network.id))).expiresAt).toBe(now + 170 * DAY);

    // Day 171: the whole series is idle; both meetings go, and with the next sweep the series and its link.
    expect((await retention.expire(now + 171 * DAY)).sort()).toEqual([first.id, second.id].sort());
    expect(await store.getSeries(network.id)).not.toBeNull();
    expect(await retention.expire(now + 172 * DAY)).toEqual([]);
    expect(await store.getSeries(network.id)).toBeNull();
    expect(await authenticateSeries(network.seriesToken)).toBeNull();
    await store.close();
  });
});
